import argparse
import http.server
import os
import sys


def daemonize(pidfile):
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)
    with open(pidfile, "w") as f:
        f.write(str(os.getpid()))
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="tinyserve")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--daemon", action="store_true", help="detach and run in the background")
    ap.add_argument("--pidfile", default="tinyserve.pid")
    args = ap.parse_args(argv)
    if args.daemon:
        daemonize(args.pidfile)
    http.server.ThreadingHTTPServer((args.bind, args.port), http.server.SimpleHTTPRequestHandler).serve_forever()
