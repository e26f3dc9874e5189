"""Load on `pipwarden serve`, loopback only, bounded in time.

A local upstream (tests/support/indexserver.py) serves a closure of N
packages (one wheel each, of a few KiB). A real `pipwarden serve` process sits
in front of it. Every package is first fetched once through the server (the
cold pass: each file vetted). Then C concurrent clients resolve and download
the closure in a loop (the project page as PEP 691 JSON, then the wheel), for
S seconds directly against the upstream, then for S seconds through the server.
Added latency is the server's percentile minus the direct percentile, per
request. The server's resident memory is sampled every second of the
measured phase (a soak: run with a long --seconds).

    .venv/bin/python bench/serve/load.py [--packages 100] [--clients 16] [--seconds 20]
        [--database postgresql://…]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.builders import build_wheel  # noqa: E402
from tests.support.indexserver import LocalIndex  # noqa: E402

JSON = "application/vnd.pypi.simple.v1+json"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _run(base: str, projects: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    """Latencies (seconds) of every request of `clients` looping for `seconds`, and errors."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(seed: int) -> None:
        nonlocal errors
        order = projects[:]
        random.Random(seed).shuffle(order)
        mine: list[float] = []
        bad = 0
        with httpx.Client(timeout=30) as http:
            while time.monotonic() < stop:
                for name in order:
                    if time.monotonic() >= stop:
                        break
                    t0 = time.perf_counter()
                    page = http.get(f"{base}/simple/{name}/", headers={"Accept": JSON})
                    mine.append(time.perf_counter() - t0)
                    if page.status_code != 200:
                        bad += 1
                        continue
                    entry = page.json()["files"][0]
                    url = httpx.URL(f"{base}/simple/{name}/").join(entry["url"])
                    t0 = time.perf_counter()
                    got = http.get(url)
                    mine.append(time.perf_counter() - t0)
                    if got.status_code != 200 or len(got.content) != entry["size"]:
                        bad += 1
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def _upstream(projects: list[str], conn: Any) -> None:
    """The local upstream, in its own process (so that it does not share the clients' GIL)."""
    from http.server import ThreadingHTTPServer

    # 16 clients opening connections at once overflow http.server's backlog of 5 (a
    # dropped SYN costs a second): give the baseline the backlog uvicorn has (2048).
    ThreadingHTTPServer.request_queue_size = 2048
    index = LocalIndex()
    for i, name in enumerate(projects):
        body = "".join(f"def f{j}(x):\n    return x + {j}\n" for j in range(150))
        index.add_dist(build_wheel(name, "1.0", {f"wt_load_{i:03d}/__init__.py": body}))
    conn.send(index.base)
    threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=100)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--direct-seconds", type=float, help="the direct phase's length (default: --seconds)"
    )  # a soak: a long --seconds, a short --direct-seconds
    parser.add_argument("--database", help="passed to pipwarden serve (default: its SQLite)")
    args = parser.parse_args()

    projects = [f"wt-load-{i:03d}" for i in range(args.packages)]
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    upstream = ctx.Process(target=_upstream, args=(projects, child), daemon=True)
    upstream.start()
    upstream_base = parent.recv()
    upstream_url = f"{upstream_base}/simple/"

    home = Path(tempfile.mkdtemp(prefix="pw-bench-serve-"))
    port = _free_port()
    env = {**os.environ, "PIPWARDEN_HOME": str(home)}
    cmd = [sys.executable, "-m", "pipwarden", "serve", "--upstream", upstream_url]
    cmd += ["--port", str(port), "--log-level", "warning", "--hold", "120"]
    cmd += ["--page-max-age", "3600"]
    if args.database:
        cmd += ["--database", args.database]
    server = subprocess.Popen(cmd, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/metrics", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        t0 = time.perf_counter()
        cold_errors = 0
        with httpx.Client(timeout=120) as http:
            for name in projects:
                page = http.get(f"{base}/simple/{name}/", headers={"Accept": JSON}).json()
                url = httpx.URL(f"{base}/simple/{name}/").join(page["files"][0]["url"])
                if http.get(url).status_code != 200:
                    cold_errors += 1
        cold_seconds = time.perf_counter() - t0
        print(
            f"cold pass: {args.packages} files vetted in {cold_seconds:.1f} s, errors {cold_errors}"
        )

        direct_seconds = args.seconds if args.direct_seconds is None else args.direct_seconds
        direct, direct_errors = _run(upstream_base, projects, args.clients, direct_seconds)
        rss: list[float] = []
        sampling = threading.Event()

        def sample() -> None:
            while not sampling.wait(1.0):
                rss.append(_rss_mib(server.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        rss.append(_rss_mib(server.pid))
        sampler.start()
        through, through_errors = _run(base, projects, args.clients, args.seconds)
        sampling.set()
        sampler.join()
        rss.append(_rss_mib(server.pid))

        def ms(values: list[float], q: float) -> float:
            return _percentile(values, q) * 1000

        print(
            f"clients {args.clients}, {args.seconds:.0f} s per side, load {os.getloadavg()[0]:.1f}"
        )
        print(
            f"direct : {len(direct)} requests, errors {direct_errors}, "
            f"p50 {ms(direct, 0.5):.2f} ms, p99 {ms(direct, 0.99):.2f} ms"
        )
        print(
            f"served : {len(through)} requests, errors {through_errors}, "
            f"p50 {ms(through, 0.5):.2f} ms, p99 {ms(through, 0.99):.2f} ms"
        )
        print(
            f"added  : p50 {ms(through, 0.5) - ms(direct, 0.5):.2f} ms, "
            f"p99 {ms(through, 0.99) - ms(direct, 0.99):.2f} ms"
        )
        print(
            f"server RSS MiB: start {rss[0]:.1f}, end {rss[-1]:.1f}, max {max(rss):.1f}, "
            f"median {statistics.median(rss):.1f}"
        )
        # The memory over time: one sample a minute (every sample is a second apart).
        print("server RSS MiB by minute: " + ", ".join(f"{r:.1f}" for r in rss[::60]))
    finally:
        server.terminate()
        server.wait(timeout=60)
        upstream.kill()


if __name__ == "__main__":
    main()
