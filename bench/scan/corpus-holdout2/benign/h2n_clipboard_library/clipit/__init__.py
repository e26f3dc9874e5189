import shutil
import subprocess
import sys


def _cmds():
    if sys.platform == "darwin":
        return ["pbcopy"], ["pbpaste"]
    if shutil.which("xclip"):
        return ["xclip", "-selection", "clipboard"], ["xclip", "-selection", "clipboard", "-o"]
    if shutil.which("xsel"):
        return ["xsel", "-b", "-i"], ["xsel", "-b", "-o"]
    if shutil.which("wl-copy"):
        return ["wl-copy"], ["wl-paste", "-n"]
    raise RuntimeError("no clipboard mechanism found")


def copy(text: str) -> None:
    if sys.platform == "win32":
        from ._win import set_text

        return set_text(text)
    subprocess.run(_cmds()[0], input=text.encode(), check=True)


def paste() -> str:
    if sys.platform == "win32":
        from ._win import get_text

        return get_text()
    return subprocess.run(_cmds()[1], capture_output=True, check=True).stdout.decode()
