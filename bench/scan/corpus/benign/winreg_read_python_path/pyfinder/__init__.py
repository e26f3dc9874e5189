"""Find Python installations registered in the Windows registry (PEP 514)."""

import sys


def installs():
    """(tag, install path) pairs from HKCU and HKLM."""
    if sys.platform != "win32":
        return []
    import winreg

    found = []
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            key = winreg.OpenKey(hive, r"Software\Python\PythonCore")
        except OSError:
            continue
        i = 0
        while True:
            try:
                tag = winreg.EnumKey(key, i)
            except OSError:
                break
            path = winreg.QueryValue(key, tag + r"\InstallPath")
            found.append((tag, path))
            i += 1
    return found
