"""Cross-platform copy/paste of plain text (pyperclip-like). Only acts when called."""
import shutil
import subprocess
import sys


def copy(text):
    if sys.platform == "darwin":
        subprocess.run(["pbcopy"], input=text, text=True, check=True)
    elif sys.platform == "win32":
        subprocess.run(["clip.exe"], input=text, text=True, check=True)
    elif shutil.which("wl-copy"):
        subprocess.run(["wl-copy"], input=text, text=True, check=True)
    elif shutil.which("xclip"):
        subprocess.run(["xclip", "-selection", "clipboard"], input=text, text=True, check=True)
    else:
        raise RuntimeError("no clipboard tool found (install xclip or wl-clipboard)")


def paste():
    if sys.platform == "darwin":
        cmd = ["pbpaste"]
    elif sys.platform == "win32":
        cmd = ["powershell", "-NoProfile", "-Command", "Get-Clipboard"]
    elif shutil.which("wl-paste"):
        cmd = ["wl-paste", "--no-newline"]
    else:
        cmd = ["xclip", "-selection", "clipboard", "-o"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
