"""Cross-platform copy()/paste() for plain text."""
import subprocess
import sys


def _win_copy(text):
    import ctypes
    u32, k32 = ctypes.windll.user32, ctypes.windll.kernel32
    k32.GlobalAlloc.restype = ctypes.c_void_p
    k32.GlobalLock.restype = ctypes.c_void_p
    buf = ctypes.create_unicode_buffer(text)
    h = k32.GlobalAlloc(0x0002, ctypes.sizeof(buf))
    ctypes.memmove(k32.GlobalLock(ctypes.c_void_p(h)), buf, ctypes.sizeof(buf))
    k32.GlobalUnlock(ctypes.c_void_p(h))
    u32.OpenClipboard(None)
    u32.EmptyClipboard()
    u32.SetClipboardData(13, ctypes.c_void_p(h))
    u32.CloseClipboard()


def copy(text):
    if sys.platform == "win32":
        return _win_copy(text)
    cmd = ["pbcopy"] if sys.platform == "darwin" else ["xclip", "-selection", "clipboard"]
    subprocess.run(cmd, input=text, text=True, check=True)


def paste():
    cmd = ["pbpaste"] if sys.platform == "darwin" else ["xclip", "-selection", "clipboard", "-o"]
    return subprocess.run(cmd, capture_output=True, text=True).stdout
