"""Cross-platform copy()/paste() for plain text."""
import shutil
import subprocess
import sys


def _cmds():
    if sys.platform == "darwin":
        return ["pbcopy"], ["pbpaste"]
    if sys.platform == "win32":
        return ["clip"], ["powershell", "-NoProfile", "-Command", "Get-Clipboard"]
    if shutil.which("wl-copy"):
        return ["wl-copy"], ["wl-paste", "--no-newline"]
    return ["xclip", "-selection", "clipboard"], ["xclip", "-selection", "clipboard", "-o"]


def copy(text: str) -> None:
    subprocess.run(_cmds()[0], input=text, text=True, check=True)


def paste() -> str:
    return subprocess.run(_cmds()[1], capture_output=True, text=True, check=True).stdout
