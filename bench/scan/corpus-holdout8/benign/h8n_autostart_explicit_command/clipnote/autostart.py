import os
import sys

DESKTOP = """[Desktop Entry]
Type=Application
Name=Clipnote
Exec={exe} -m clipnote
X-GNOME-Autostart-enabled=true
"""

PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>Label</key><string>org.clipnote</string>
<key>ProgramArguments</key><array><string>{exe}</string><string>-m</string><string>clipnote</string></array>
<key>RunAtLoad</key><true/>
</dict></plist>
"""


def _path():
    if sys.platform == "darwin":
        return os.path.expanduser("~/Library/LaunchAgents/org.clipnote.plist"), PLIST
    return os.path.expanduser("~/.config/autostart/clipnote.desktop"), DESKTOP


def enable():
    path, tmpl = _path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(tmpl.format(exe=sys.executable))
    return path


def disable():
    path, _ = _path()
    if os.path.exists(path):
        os.remove(path)
