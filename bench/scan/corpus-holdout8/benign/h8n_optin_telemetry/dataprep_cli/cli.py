import argparse
import csv
import sys

from . import telemetry


def main(argv=None):
    ap = argparse.ArgumentParser(prog="dataprep")
    ap.add_argument("command", choices=["dedupe", "head"])
    ap.add_argument("file")
    args = ap.parse_args(argv)
    telemetry.record(args.command)
    rows = list(csv.reader(open(args.file)))
    out = rows[:10] if args.command == "head" else list(dict.fromkeys(map(tuple, rows)))
    csv.writer(sys.stdout).writerows(out)
    return 0
