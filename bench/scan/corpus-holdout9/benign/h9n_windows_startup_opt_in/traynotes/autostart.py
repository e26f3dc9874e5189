import sys

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
NAME = "TrayNotes"


def is_enabled():
    import winreg
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as k:
            winreg.QueryValueEx(k, NAME)
            return True
    except OSError:
        return False


def set_enabled(enabled: bool):
    """Called from the settings dialog when the user ticks 'Start with Windows'."""
    import winreg
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as k:
        if enabled:
            winreg.SetValueEx(k, NAME, 0, winreg.REG_SZ, f'"{sys.executable}" -m traynotes')
        else:
            try:
                winreg.DeleteValue(k, NAME)
            except FileNotFoundError:
                pass
