import argparse
import socket
import time


def check(host, port, timeout=2.0):
    start = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True, (time.perf_counter() - start) * 1000
    except OSError:
        return False, None


def wait_for(host, port, total=30):
    deadline = time.monotonic() + total
    while time.monotonic() < deadline:
        ok, _ = check(host, port)
        if ok:
            return True
        time.sleep(0.5)
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(prog="portprobe")
    ap.add_argument("target", nargs="+", help="host:port")
    for t in ap.parse_args(argv).target:
        host, port = t.rsplit(":", 1)
        ok, ms = check(host, int(port))
        print(f"{t}\t{'open' if ok else 'closed'}\t{ms and round(ms, 1)}")
