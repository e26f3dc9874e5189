import argparse
import functools
import http.server
import os
import sys


def daemonize(pidfile: str) -> None:
    if os.fork():
        sys.exit(0)
    os.setsid()
    if os.fork():
        sys.exit(0)
    with open(os.devnull, "rb") as dn:
        os.dup2(dn.fileno(), 0)
    with open(pidfile, "w") as f:
        f.write(str(os.getpid()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="tinyhttpd")
    ap.add_argument("directory", nargs="?", default=".")
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--daemonize", action="store_true", help="detach and run in the background")
    ap.add_argument("--pidfile", default="tinyhttpd.pid")
    args = ap.parse_args(argv)
    if args.daemonize:
        daemonize(args.pidfile)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=args.directory)
    http.server.ThreadingHTTPServer((args.bind, args.port), handler).serve_forever()
    return 0
