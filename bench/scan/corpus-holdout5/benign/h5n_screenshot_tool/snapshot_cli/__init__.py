"""Take screenshots from the command line."""
import argparse
import datetime as dt
from pathlib import Path


def grab(out: Path | None = None, monitor: int = 1) -> Path:
    import mss
    import mss.tools

    out = out or Path.cwd() / f"screenshot-{dt.datetime.now():%Y%m%d-%H%M%S}.png"
    with mss.mss() as sct:
        shot = sct.grab(sct.monitors[monitor])
        mss.tools.to_png(shot.rgb, shot.size, output=str(out))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="snapshot")
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("-m", "--monitor", type=int, default=1)
    a = ap.parse_args(argv)
    print(grab(a.output, a.monitor))
    return 0
