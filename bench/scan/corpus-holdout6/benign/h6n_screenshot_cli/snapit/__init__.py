"""Take screenshots from the command line."""
import argparse
import datetime


def grab(output: str, monitor: int = 1) -> str:
    import mss
    import mss.tools

    with mss.mss() as sct:
        shot = sct.grab(sct.monitors[monitor])
        mss.tools.to_png(shot.rgb, shot.size, output=output)
    return output


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="snapit")
    ap.add_argument("-o", "--output", default=datetime.datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png"))
    ap.add_argument("-m", "--monitor", type=int, default=1)
    args = ap.parse_args(argv)
    print(grab(args.output, args.monitor))
    return 0
