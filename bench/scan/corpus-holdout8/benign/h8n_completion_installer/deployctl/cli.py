import argparse

from . import completion


def main(argv=None):
    ap = argparse.ArgumentParser(prog="deployctl")
    ap.add_argument("--install-completion", action="store_true")
    ap.add_argument("command", nargs="?", choices=["deploy", "rollback", "status"])
    args = ap.parse_args(argv)
    if args.install_completion:
        completion.install()
        return 0
    print("would run", args.command)
    return 0
