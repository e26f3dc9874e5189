"""Watch a process and restart it if it dies."""
import argparse
import os
import subprocess
import sys
import time


def daemonize(pidfile: str) -> None:
    """Classic double fork, only used with --daemonize."""
    if os.fork():
        sys.exit(0)
    os.setsid()
    if os.fork():
        sys.exit(0)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)


def watch(cmd, interval: float = 5.0) -> None:
    proc = subprocess.Popen(cmd)
    while True:
        if proc.poll() is not None:
            proc = subprocess.Popen(cmd)
        time.sleep(interval)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="pidwatch")
    ap.add_argument("--daemonize", action="store_true")
    ap.add_argument("--pidfile", default="/tmp/pidwatch.pid")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    if args.daemonize:
        daemonize(args.pidfile)
    watch(args.cmd)
    return 0
