import argparse

from . import generate
from .clipboard import copy


def main(argv=None):
    ap = argparse.ArgumentParser(prog="pwgen-py")
    ap.add_argument("-n", "--length", type=int, default=20)
    ap.add_argument("--copy", action="store_true", help="copy to clipboard (cleared after 20s) instead of printing")
    args = ap.parse_args(argv)
    pw = generate(args.length)
    if args.copy:
        copy(pw).join()
    else:
        print(pw)
    return 0
