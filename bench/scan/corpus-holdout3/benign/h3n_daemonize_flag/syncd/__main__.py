import argparse
import logging
import os
import signal
import sys
import time


def daemonize(pidfile, logfile):
    """Classic double fork, only when the user passes --daemonize."""
    if os.fork() > 0:
        sys.exit(0)
    os.setsid()
    if os.fork() > 0:
        sys.exit(0)
    os.chdir("/")
    os.umask(0o022)
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.devnull, "rb") as dn:
        os.dup2(dn.fileno(), sys.stdin.fileno())
    with open(logfile, "ab") as lf:
        os.dup2(lf.fileno(), sys.stdout.fileno())
        os.dup2(lf.fileno(), sys.stderr.fileno())
    with open(pidfile, "w") as fh:
        fh.write(str(os.getpid()))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="syncd")
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--daemonize", action="store_true", help="detach and run in the background")
    ap.add_argument("--pidfile", default=os.path.expanduser("~/.syncd.pid"))
    ap.add_argument("--logfile", default=os.path.expanduser("~/.syncd.log"))
    ap.add_argument("--interval", type=float, default=5.0)
    ns = ap.parse_args(argv)
    src, dst = os.path.abspath(ns.src), os.path.abspath(ns.dst)
    if ns.daemonize:
        daemonize(ns.pidfile, ns.logfile)
    logging.basicConfig(level=logging.INFO)
    stop = []
    signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
    while not stop:
        import shutil

        shutil.copytree(src, dst, dirs_exist_ok=True)
        logging.info("synced %s -> %s", src, dst)
        time.sleep(ns.interval)
    return 0


if __name__ == "__main__":
    sys.exit(main())
