import sys

UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall"


def installed():
    if sys.platform != "win32":
        return []
    import winreg
    out = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(hive, UNINSTALL)
        except OSError:
            continue
        for i in range(winreg.QueryInfoKey(key)[0]):
            sub = winreg.OpenKey(key, winreg.EnumKey(key, i))
            try:
                out.append((winreg.QueryValueEx(sub, "DisplayName")[0], winreg.QueryValueEx(sub, "InstallLocation")[0]))
            except OSError:
                pass
    return out


def steam_path():
    import winreg
    k = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Valve\Steam")
    return winreg.QueryValueEx(k, "SteamPath")[0]
