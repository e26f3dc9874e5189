import argparse
import os

from . import __version__
from .selfupdate import self_update


def main(argv=None):
    ap = argparse.ArgumentParser(prog="ghrt")
    ap.add_argument("command", choices=["version", "self-update"])
    args = ap.parse_args(argv)
    if args.command == "self-update":
        print("updated" if self_update(os.path.dirname(__file__), __version__) else "already up to date")
    else:
        print(__version__)
    return 0
