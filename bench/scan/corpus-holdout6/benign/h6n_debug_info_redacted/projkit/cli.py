import argparse
import os
import platform
import re
import sys

_SECRET = re.compile(r"(TOKEN|SECRET|PASSWORD|KEY|CREDENTIAL)", re.I)


def doctor() -> None:
    print(f"python   {sys.version.split()[0]} ({sys.executable})")
    print(f"platform {platform.platform()}")
    for k in sorted(os.environ):
        if k.startswith(("PROJKIT_", "PYTHON", "VIRTUAL_ENV", "PATH")):
            v = "****" if _SECRET.search(k) else os.environ[k]
            print(f"{k}={v}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="projkit")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("doctor", help="print diagnostic information for bug reports")
    args = ap.parse_args(argv)
    if args.cmd == "doctor":
        doctor()
    return 0
