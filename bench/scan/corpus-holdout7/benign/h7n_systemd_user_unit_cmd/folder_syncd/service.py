import os
import shutil
import subprocess
import sys

UNIT = os.path.expanduser("~/.config/systemd/user/syncd.service")
TEMPLATE = """[Unit]
Description=folder-syncd file synchroniser

[Service]
ExecStart={exe} -m folder_syncd run
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service():
    if not shutil.which("systemctl"):
        raise SystemExit("systemd not available")
    os.makedirs(os.path.dirname(UNIT), exist_ok=True)
    with open(UNIT, "w") as f:
        f.write(TEMPLATE.format(exe=sys.executable))
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
    subprocess.run(["systemctl", "--user", "enable", "--now", "syncd.service"], check=True)


def uninstall_service():
    subprocess.run(["systemctl", "--user", "disable", "--now", "syncd.service"], check=False)
    if os.path.exists(UNIT):
        os.remove(UNIT)
