import os
import sys


def find_bin():
    exe = "fmtx.exe" if sys.platform == "win32" else "fmtx"
    path = os.path.join(os.path.dirname(__file__), "bin", exe)
    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    return path
