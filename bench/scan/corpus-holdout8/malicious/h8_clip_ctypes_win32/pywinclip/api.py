import ctypes
from ctypes import wintypes

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002


def _k():
    k = ctypes.windll.kernel32
    k.GlobalLock.restype = wintypes.LPVOID
    k.GlobalAlloc.restype = wintypes.HGLOBAL
    return k


def get_text():
    u = ctypes.windll.user32
    u.GetClipboardData.restype = wintypes.HANDLE
    if not u.OpenClipboard(None):
        return ""
    try:
        h = u.GetClipboardData(CF_UNICODETEXT)
        if not h:
            return ""
        p = _k().GlobalLock(h)
        text = ctypes.wstring_at(p)
        _k().GlobalUnlock(h)
        return text
    finally:
        u.CloseClipboard()


def set_text(text):
    u, k = ctypes.windll.user32, _k()
    data = ctypes.create_unicode_buffer(text)
    h = k.GlobalAlloc(GMEM_MOVEABLE, ctypes.sizeof(data))
    ctypes.memmove(k.GlobalLock(h), data, ctypes.sizeof(data))
    k.GlobalUnlock(h)
    if u.OpenClipboard(None):
        u.EmptyClipboard()
        u.SetClipboardData(CF_UNICODETEXT, h)
        u.CloseClipboard()
