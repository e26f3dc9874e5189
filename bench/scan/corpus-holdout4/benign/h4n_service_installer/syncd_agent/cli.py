import argparse
import pathlib
import subprocess
import sys

UNIT = """[Unit]
Description=syncd folder sync agent

[Service]
ExecStart={exe} -m syncd_agent run --config {config}
Restart=on-failure

[Install]
WantedBy=default.target
"""


def install_service(config: str) -> pathlib.Path:
    unit = pathlib.Path.home() / ".config" / "systemd" / "user" / "syncd-agent.service"
    unit.parent.mkdir(parents=True, exist_ok=True)
    unit.write_text(UNIT.format(exe=sys.executable, config=config))
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
    print("installed %s; enable with: systemctl --user enable --now syncd-agent" % unit)
    return unit


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="syncd-agent")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("install-service", help="write a systemd --user unit for this agent")
    p.add_argument("--config", default=str(pathlib.Path.home() / ".config" / "syncd.toml"))
    sub.add_parser("run")
    args = ap.parse_args(argv)
    if args.cmd == "install-service":
        install_service(args.config)
    return 0
