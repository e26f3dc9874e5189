"""Publisher-evidence benchmark: a 50-package closure, cold (concurrent vs sequential) and warm.

    .venv/bin/python bench/publishers/bench.py                 # 50 packages, 30 ms latency
    .venv/bin/python bench/publishers/bench.py --packages 50 --latency-ms 0 --repeat 5

Starts the test index server (tests/support/indexserver.py) on 127.0.0.1, with
an optional per-request latency to stand in for a real index's round trip, and
publishes N projects (each with --releases releases, an owner and a
repository link). Then, in the same run, for the whole closure, each
measurement the median of --repeat runs:

* cold, sequential baseline: `prepare` + `run` of the publishers check with one
  worker, on an empty store (every JSON API, simple API and integrity request
  goes to the server);
* cold, concurrent: the same with the check's thread pool (16 workers);
* warm: the same again on the store the previous run filled (no request).

Plus one project with --big releases (a project with thousands of releases),
cold and warm. Targets (issue 6): warm < 1 s for 50 packages; cold concurrent
well under sequential.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from pipwarden.candidate import Candidate, VetContext  # noqa: E402
from pipwarden.checks import publishers as check  # noqa: E402
from pipwarden.index import IndexClient  # noqa: E402
from pipwarden.policy import Policy  # noqa: E402
from pipwarden.store import Store  # noqa: E402
from tests.support.builders import build_wheel  # noqa: E402
from tests.support.indexserver import LocalIndex  # noqa: E402


class SlowIndex(LocalIndex):
    """The test index with a fixed delay before every answer.

    Its listen backlog is raised from socketserver's 5 to 128: with 16
    concurrent connections the default drops SYNs, and the 1 s retransmit
    would measure the test server, not pipwarden.
    """

    def __init__(self, latency: float) -> None:
        self.latency = latency
        saved = ThreadingHTTPServer.request_queue_size
        ThreadingHTTPServer.request_queue_size = 128
        try:
            super().__init__()
        finally:
            ThreadingHTTPServer.request_queue_size = saved

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base: Any = super()._handler()
        index = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                if index.latency:
                    time.sleep(index.latency)
                super().do_GET()

        return Handler


def candidate(name: str, version: str) -> Candidate:
    filename = f"{name.replace('-', '_')}-{version}-py3-none-any.whl"
    return Candidate(name, version, filename, f"http://x.invalid/{filename}", None, "wheel")


def one_run(index: LocalIndex, home: Path, cands: list[Candidate], workers: int) -> float:
    """Seconds for prepare + run over the closure with this store folder."""
    os.environ["PIPWARDEN_HOME"] = str(home)
    check.WORKERS = workers
    store = Store(home / "data" / "pipwarden.sqlite3")
    with IndexClient(index.url, store=store, retries=0) as client:
        ctx = VetContext(policy=Policy(), store=store, index=client)
        start = time.perf_counter()
        check.prepare(cands, ctx)
        for c in cands:
            check.run(c, ctx)
        took = time.perf_counter() - start
    store.close()
    return took


def measure(index: LocalIndex, cands: list[Candidate], repeat: int, tmp: Path) -> dict[str, float]:
    """Medians of cold sequential, cold concurrent and warm runs."""
    seq, conc, warm = [], [], []
    for i in range(repeat):
        seq.append(one_run(index, tmp / f"seq{i}", cands, 1))
        home = tmp / f"conc{i}"
        conc.append(one_run(index, home, cands, 16))
        warm.append(one_run(index, home, cands, 16))
    return {
        "cold_sequential": statistics.median(seq),
        "cold_concurrent": statistics.median(conc),
        "warm": statistics.median(warm),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=50, help="closure size")
    parser.add_argument("--releases", type=int, default=20, help="releases per project")
    parser.add_argument("--latency-ms", type=float, default=30.0, help="server delay per request")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--big", type=int, default=5000, help="releases of the large project")
    args = parser.parse_args()

    index = SlowIndex(args.latency_ms / 1000)
    start = dt.datetime(2018, 1, 1, tzinfo=dt.timezone.utc)
    cands = []
    for p in range(args.packages):
        name = f"bench-pkg-{p}"
        for r in range(args.releases):
            index.add_dist(
                build_wheel(name, f"1.{r}"), upload_time=start + dt.timedelta(days=30 * r)
            )
        index.set_roles(name, [{"role": "Owner", "user": f"owner{p}"}])
        cands.append(candidate(name, f"1.{args.releases - 1}"))

    big_releases = {
        f"{i // 100}.{i % 100}": [
            {
                "filename": f"big-{i // 100}.{i % 100}-py3-none-any.whl",
                "upload_time_iso_8601": (start + dt.timedelta(hours=i)).isoformat(),
                "yanked": False,
            }
            for _ in range(3)
        ]
        for i in range(args.big)
    }
    last = f"{(args.big - 1) // 100}.{(args.big - 1) % 100}"
    index.set_json("big", {"info": {"name": "big", "version": last}, "releases": big_releases})

    try:
        with tempfile.TemporaryDirectory(prefix="pw-bench-publishers-") as tmp:
            closure = measure(index, cands, args.repeat, Path(tmp) / "closure")
            big = measure(index, [candidate("big", last)], args.repeat, Path(tmp) / "big")
    finally:
        index.close()

    print(
        f"closure: {args.packages} packages x {args.releases} releases, "
        f"latency {args.latency_ms:g} ms/request, median of {args.repeat}"
    )
    print("| case | cold sequential (s) | cold concurrent (s) | speed-up | warm (s) |")
    print("|---|---|---|---|---|")
    for label, m in (
        (f"{args.packages}-package closure", closure),
        (f"1 project, {args.big} releases", big),
    ):
        print(
            f"| {label} | {m['cold_sequential']:.3f} | {m['cold_concurrent']:.3f} | "
            f"{m['cold_sequential'] / m['cold_concurrent']:.1f}x | {m['warm']:.3f} |"
        )


if __name__ == "__main__":
    main()
