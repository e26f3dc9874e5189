"""Generate a password and put it on the clipboard."""
import argparse
import secrets
import string
import time

import pyperclip


def generate(length: int = 24) -> str:
    alphabet = string.ascii_letters + string.digits + "-_.!@#"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="pwgen-clip")
    ap.add_argument("-n", "--length", type=int, default=24)
    ap.add_argument("--clear-after", type=int, default=30)
    args = ap.parse_args(argv)
    pw = generate(args.length)
    pyperclip.copy(pw)
    print(f"copied {args.length}-character password; clearing in {args.clear_after}s")
    time.sleep(args.clear_after)
    if pyperclip.paste() == pw:
        pyperclip.copy("")
    return 0
