"""Interactive process finder/killer."""
import argparse

import psutil


def find(pattern: str):
    return [p for p in psutil.process_iter(["pid", "name", "cmdline"])
            if pattern.lower() in (p.info["name"] or "").lower()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="pkill-py")
    ap.add_argument("pattern")
    ap.add_argument("-y", "--yes", action="store_true")
    args = ap.parse_args(argv)
    procs = find(args.pattern)
    for p in procs:
        print(p.info["pid"], p.info["name"], " ".join(p.info["cmdline"] or []))
    if procs and (args.yes or input(f"terminate {len(procs)} processes? [y/N] ").lower() == "y"):
        for p in procs:
            p.terminate()
        psutil.wait_procs(procs, timeout=5)
    return 0
