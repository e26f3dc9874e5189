"""Small helpers around the stdlib winreg module."""
import sys

if sys.platform == "win32":
    import winreg

    def read_value(root, path, name):
        with winreg.OpenKey(root, path) as key:
            return winreg.QueryValueEx(key, name)[0]
