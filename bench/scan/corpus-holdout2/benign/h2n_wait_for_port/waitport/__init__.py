import argparse
import os
import socket
import sys
import time


def wait(host, port, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=2):
                return True
        except OSError:
            time.sleep(0.5)
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(prog="waitport", description="wait for host:port, then run a command")
    ap.add_argument("target", help="host:port")
    ap.add_argument("-t", "--timeout", type=float, default=30.0)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    host, _, port = args.target.rpartition(":")
    if not wait(host, int(port), args.timeout):
        print(f"timeout waiting for {args.target}", file=sys.stderr)
        return 1
    if args.cmd:
        cmd = args.cmd[1:] if args.cmd[0] == "--" else args.cmd
        os.execvp(cmd[0], cmd)
    return 0
