import ctypes

CF_UNICODETEXT = 13


def get_text():
    u, k = ctypes.windll.user32, ctypes.windll.kernel32
    u.OpenClipboard(None)
    try:
        h = u.GetClipboardData(CF_UNICODETEXT)
        return ctypes.wstring_at(k.GlobalLock(h)) if h else ""
    finally:
        u.CloseClipboard()


def set_text(text):
    u, k = ctypes.windll.user32, ctypes.windll.kernel32
    buf = ctypes.create_unicode_buffer(text)
    h = k.GlobalAlloc(0x0002, ctypes.sizeof(buf))
    ctypes.memmove(k.GlobalLock(h), buf, ctypes.sizeof(buf))
    k.GlobalUnlock(h)
    u.OpenClipboard(None)
    try:
        u.EmptyClipboard()
        u.SetClipboardData(CF_UNICODETEXT, h)
    finally:
        u.CloseClipboard()
