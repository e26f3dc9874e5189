"""Benchmark: the scanner's per-file memo on an upgrade.

Scans an older release with the memo (as an earlier `check` or `install`
would have), then the newer release without and with it: the time of each,
how many Python files were analysed again, and whether the findings are the
same. Default: pygments 2.20.0 then 2.21.0 (349 files).

Needs PyPI (pip download): it says so and stops without it.
Run: .venv/bin/python bench/pipeline/bench_memo.py [--old pygments==2.20.0 --new pygments==2.21.0]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pipwarden import checkcache
from pipwarden.checks.code import CACHE_VERSION
from pipwarden.scan import scan_target
from pipwarden.store import Store


class Counting(checkcache.FileMemo):
    """A FileMemo that counts the files analysed afresh."""

    analysed = 0

    def put(self, key: str, findings: list[Any], facts: Any) -> None:
        self.analysed += 1
        super().put(key, findings, facts)


def download(spec: str, into: Path) -> Path | None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:"]
        + [spec, "-d", str(into)],
        capture_output=True,
        text=True,
        check=False,
    )
    got = sorted(into.glob("*.whl"))
    return got[0] if proc.returncode == 0 and got else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--old", default="pygments==2.20.0")
    ap.add_argument("--new", default="pygments==2.21.0")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = download(args.old, Path(tmp) / "old")
        new = download(args.new, Path(tmp) / "new")
        if old is None or new is None:
            print("skipped: this benchmark needs PyPI (pip download) and it did not answer")
            return 0
        store = Store(Path(tmp) / "store.sqlite3")
        memo = Counting(store, CACHE_VERSION)
        scan_target(old, memo=memo)
        memo.flush()
        plain_times, memo_times, analysed = [], [], []
        plain = scan_target(new)
        for _ in range(args.runs):
            start = time.perf_counter()
            scan_target(new)
            plain_times.append(time.perf_counter() - start)
            # the memo as the older release left it: the newer one's entries removed
            store.execute("DELETE FROM file_memo")
            memo = Counting(store, CACHE_VERSION)
            scan_target(old, memo=memo)
            memo.flush()
            memo = Counting(store, CACHE_VERSION)
            start = time.perf_counter()
            got = scan_target(new, memo=memo)
            memo_times.append(time.perf_counter() - start)
            memo.flush()
            analysed.append(memo.analysed)
            assert got == plain, "the memo changed the findings"
        print(f"{new.name} after {old.name}: {plain.files} files")
        print(
            f"without the memo {statistics.median(plain_times):.2f} s, with it "
            f"{statistics.median(memo_times):.2f} s (median of {args.runs}); "
            f"Python files analysed again: {analysed[0]}; same findings: yes"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
