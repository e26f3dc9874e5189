import argparse
import os
import socketserver
import sys


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"ACK " + line)


def daemonize(pidfile: str, logfile: str) -> None:
    if os.fork():
        sys.exit(0)
    os.setsid()
    if os.fork():
        sys.exit(0)
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))
    log = open(logfile, "a")
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="tinyqueue")
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=7410)
    ap.add_argument("--daemonize", action="store_true", help="run in the background")
    ap.add_argument("--pidfile", default="/tmp/tinyqueue.pid")
    ap.add_argument("--logfile", default="tinyqueue.log")
    args = ap.parse_args(argv)
    if args.daemonize:
        daemonize(args.pidfile, args.logfile)
    with socketserver.ThreadingTCPServer((args.bind, args.port), Handler) as srv:
        srv.serve_forever()
    return 0
