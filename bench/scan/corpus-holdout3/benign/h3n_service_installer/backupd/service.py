"""`backupd install-service` writes a systemd --user unit for backupd itself.

Run only from the CLI subcommand, prints what it writes, and `backupd uninstall-service` removes it.
"""
import shutil
import subprocess
import sys
from pathlib import Path

UNIT_DIR = Path.home() / ".config" / "systemd" / "user"
UNIT = """[Unit]
Description=backupd incremental backups

[Service]
ExecStart={python} -m backupd run --config {config}
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service(config, enable=True):
    UNIT_DIR.mkdir(parents=True, exist_ok=True)
    path = UNIT_DIR / "backupd.service"
    text = UNIT.format(python=sys.executable, config=Path(config).resolve())
    path.write_text(text)
    print("wrote %s:\n%s" % (path, text))
    if enable and shutil.which("systemctl"):
        subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
        subprocess.run(["systemctl", "--user", "enable", "--now", "backupd.service"], check=True)
    return path


def uninstall_service():
    if shutil.which("systemctl"):
        subprocess.run(["systemctl", "--user", "disable", "--now", "backupd.service"], check=False)
    (UNIT_DIR / "backupd.service").unlink(missing_ok=True)
