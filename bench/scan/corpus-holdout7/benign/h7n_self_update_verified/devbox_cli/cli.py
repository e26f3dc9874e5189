import argparse

from .update import self_update


def main(argv=None):
    ap = argparse.ArgumentParser(prog="devbox")
    sub = ap.add_subparsers(dest="cmd")
    up = sub.add_parser("self-update")
    up.add_argument("-y", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "self-update":
        return self_update(args.y)
    ap.print_help()
    return 0
