import argparse
import secrets
import string
import threading


def generate(length=20, symbols=True):
    alphabet = string.ascii_letters + string.digits + ("!@#$%^&*-_" if symbols else "")
    return "".join(secrets.choice(alphabet) for _ in range(length))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="pwgen")
    ap.add_argument("-n", "--length", type=int, default=20)
    ap.add_argument("--no-symbols", action="store_true")
    ap.add_argument("-c", "--copy", action="store_true", help="copy to clipboard and clear after 20 s")
    a = ap.parse_args(argv)
    pw = generate(a.length, not a.no_symbols)
    if a.copy:
        import pyperclip
        pyperclip.copy(pw)
        print("copied to clipboard (clears in 20 s)")
        t = threading.Timer(20, lambda: pyperclip.paste() == pw and pyperclip.copy(""))
        t.start()
        t.join()
    else:
        print(pw)
    return 0
