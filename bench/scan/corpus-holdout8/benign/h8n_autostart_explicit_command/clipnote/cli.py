import argparse

from . import autostart


def main(argv=None):
    ap = argparse.ArgumentParser(prog="clipnote")
    sub = ap.add_subparsers(dest="cmd")
    a = sub.add_parser("autostart")
    a.add_argument("action", choices=["enable", "disable"])
    args = ap.parse_args(argv)
    if args.cmd == "autostart":
        print(autostart.enable() if args.action == "enable" else autostart.disable())
    return 0
