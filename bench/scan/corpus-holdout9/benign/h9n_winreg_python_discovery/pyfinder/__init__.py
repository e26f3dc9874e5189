"""Find installed Python interpreters."""
import os
import shutil
import sys


def _pep514():
    import winreg
    found = []
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            root = winreg.OpenKey(hive, r"Software\Python\PythonCore")
        except OSError:
            continue
        with root:
            i = 0
            while True:
                try:
                    tag = winreg.EnumKey(root, i)
                except OSError:
                    break
                i += 1
                try:
                    with winreg.OpenKey(root, tag + r"\InstallPath") as ip:
                        exe = winreg.QueryValueEx(ip, "ExecutablePath")[0]
                        found.append((tag, exe))
                except OSError:
                    pass
    return found


def find_all():
    if sys.platform == "win32":
        return _pep514()
    out = []
    for v in ("3.13", "3.12", "3.11", "3.10", "3.9"):
        exe = shutil.which(f"python{v}")
        if exe:
            out.append((v, os.path.realpath(exe)))
    return out
