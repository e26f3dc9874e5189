import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UNIT = """[Unit]
Description=Syncbox folder sync agent
After=network-online.target

[Service]
ExecStart={exe} run --config {config}
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service(config: str, user: bool = True) -> Path:
    exe = shutil.which("syncbox-agent") or f"{sys.executable} -m syncbox_agent.cli"
    unit_dir = Path.home() / ".config/systemd/user" if user else Path("/etc/systemd/system")
    unit_dir.mkdir(parents=True, exist_ok=True)
    unit = unit_dir / "syncbox-agent.service"
    unit.write_text(UNIT.format(exe=exe, config=config))
    scope = ["--user"] if user else []
    subprocess.run(["systemctl", *scope, "daemon-reload"], check=True)
    subprocess.run(["systemctl", *scope, "enable", "--now", "syncbox-agent.service"], check=True)
    return unit


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="syncbox-agent")
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("install-service", help="install and start a systemd unit")
    i.add_argument("--config", default=str(Path.home() / ".config/syncbox/config.toml"))
    i.add_argument("--system", action="store_true")
    sub.add_parser("run")
    args = ap.parse_args(argv)
    if args.cmd == "install-service":
        print(f"installed {install_service(args.config, user=not args.system)}")
    return 0
