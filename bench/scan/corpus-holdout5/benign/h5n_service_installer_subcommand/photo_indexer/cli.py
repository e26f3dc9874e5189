import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UNIT = """[Unit]
Description=photo-indexer daemon

[Service]
ExecStart={exe} serve --library {library}
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service(library: str) -> Path:
    exe = shutil.which("photo-indexer") or f"{sys.executable} -m photo_indexer.cli"
    unit = Path.home() / ".config" / "systemd" / "user" / "photo-indexer.service"
    unit.parent.mkdir(parents=True, exist_ok=True)
    unit.write_text(UNIT.format(exe=exe, library=library))
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
    subprocess.run(["systemctl", "--user", "enable", "--now", "photo-indexer.service"], check=True)
    return unit


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="photo-indexer")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("install-service", help="install and start a systemd --user unit")
    s.add_argument("--library", required=True)
    sub.add_parser("serve").add_argument("--library", required=True)
    a = ap.parse_args(argv)
    if a.cmd == "install-service":
        print(f"installed {install_service(a.library)}")
    return 0
