import argparse
import os
import sys

UNIT = """[Unit]
Description=webhookd
After=network-online.target

[Service]
ExecStart={exe} serve --config {config}
Restart=on-failure
User={user}

[Install]
WantedBy=multi-user.target
"""


def install_service(args):
    text = UNIT.format(exe=os.path.abspath(sys.argv[0]), config=args.config, user=args.user)
    if not args.write:
        print(text)
        print("# save as /etc/systemd/system/webhookd.service, then:")
        print("#   sudo systemctl daemon-reload && sudo systemctl enable --now webhookd")
        return 0
    with open("/etc/systemd/system/webhookd.service", "w") as f:
        f.write(text)
    print("written; run: sudo systemctl daemon-reload && sudo systemctl enable --now webhookd")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="webhookd")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("install-service")
    s.add_argument("--config", default="/etc/webhookd.toml")
    s.add_argument("--user", default="webhookd")
    s.add_argument("--write", action="store_true")
    sub.add_parser("serve").add_argument("--config")
    args = ap.parse_args(argv)
    if args.cmd == "install-service":
        return install_service(args)
    print("serving (demo)")
    return 0
