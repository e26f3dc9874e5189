"""Hostile-archive fuzzer: scan thousands of seeded hostile archives, report what broke.

    python bench/fuzz/run.py                       # 10,000 cases, seed 1, 2 workers
    python bench/fuzz/run.py --cases 500 --seed 7 --jobs 4

Cases come from tests/support/fuzzarchive.py (crafted attacks and mutations of
valid wheels and sdists; case i of a seed is the same bytes on every run). Each
worker process scans cases in its own temporary folder and records, per case:
an uncaught exception from scan_target (target 0), the wall-clock time (target:
the slowest under 5 s), the peak resident memory of the case (VmHWM, reset
before each case through /proc/self/clear_refs; target under 1 GB), anything
written outside the folder (marker files in /tmp or beside the folder, or new
files in it). A case still running after --timeout seconds is reported as a hang.

Writes <out>.json (every case: label, seconds, peak, verdict, rules, error) and
prints the markdown table for bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.util
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 5.0
TARGET_PEAK = 1024**3


class _Hang(Exception):
    """The case ran past the watchdog."""


def _alarm(signum: int, frame: object) -> None:
    raise _Hang()


_WORK: Path | None = None


def _init() -> None:
    global _WORK
    _WORK = Path(tempfile.mkdtemp(prefix="pwfuzz-work-"))
    os.chdir(_WORK)
    multiprocessing.util.Finalize(None, shutil.rmtree, args=(_WORK, True), exitpriority=10)
    signal.signal(signal.SIGALRM, _alarm)


def _peak() -> int | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return False
    return True


def run_case(args: tuple[int, int, float]) -> dict[str, Any]:
    """Generate and scan case `index` of stream `seed` (in a worker)."""
    from pipwarden.scan import scan_target
    from tests.support import fuzzarchive as F

    seed, index, timeout = args
    assert _WORK is not None
    case = F.case(seed, index)
    path = _WORK / case.filename
    path.write_bytes(case.data)
    outside = set(Path("/tmp").glob(f"*{F.MARKER}*"))
    reset = _reset_peak()
    row: dict[str, Any] = {"label": case.label, "size": len(case.data), "error": None}
    start = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        result = scan_target(path)
        row["verdict"] = result.verdict
        row["rules"] = sorted({f.rule for f in result.findings})
    except _Hang:
        row["error"] = f"hang: still running after {timeout} s"
    except Exception as exc:
        row["error"] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    row["seconds"] = time.monotonic() - start
    row["peak"] = _peak() if reset else None
    leftovers = sorted(p.name for p in _WORK.iterdir() if p != path)
    escaped = set(Path("/tmp").glob(f"*{F.MARKER}*")) - outside
    escaped |= set(_WORK.parent.glob(f"*{F.MARKER}*"))
    if leftovers or escaped:
        row["wrote"] = leftovers + sorted(str(p) for p in escaped)
    path.unlink(missing_ok=True)
    return row


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer and print the results table."""
    ap = argparse.ArgumentParser(description="pipwarden hostile-archive fuzzer")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0, help="a case running longer hangs")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / ".work" / "fuzz")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    work = [(args.seed, i, args.timeout) for i in range(args.cases)]
    ctx = multiprocessing.get_context("spawn")  # fresh workers: their peaks are their own
    with ProcessPoolExecutor(args.jobs, mp_context=ctx, initializer=_init) as pool:
        rows = list(pool.map(run_case, work, chunksize=8))
    wall = time.monotonic() - started
    errors = [r for r in rows if r["error"]]
    wrote = [r for r in rows if r.get("wrote")]
    slowest = max(rows, key=lambda r: r["seconds"])
    peaks = [r for r in rows if r["peak"] is not None]
    top = max(peaks, key=lambda r: r["peak"]) if peaks else None
    times = sorted(r["seconds"] for r in rows)
    verdicts = Counter(r.get("verdict", "error") for r in rows)
    kinds = Counter(r["label"].split(":", 1)[1].split("/", 1)[0] for r in rows)
    doc = {
        "cases": len(rows),
        "seed": args.seed,
        "wall_seconds": wall,
        "uncaught": len(errors),
        "wrote_outside": len(wrote),
        "slowest": {"label": slowest["label"], "seconds": slowest["seconds"]},
        "peak": {"label": top["label"], "bytes": top["peak"]} if top else None,
        "p50_seconds": times[len(times) // 2],
        "p99_seconds": times[int(len(times) * 0.99)],
        "verdicts": dict(verdicts),
        "kinds": dict(kinds),
        "rows": rows,
    }
    args.out.with_suffix(".json").write_text(json.dumps(doc, indent=1))
    mib = (top["peak"] / 1024**2) if top else float("nan")
    lines = [
        f"{len(rows):,} cases (seed {args.seed}: {kinds['crafted']:,} crafted, "
        f"{kinds['mutated']:,} mutated), {args.jobs} workers, {wall:.0f} s in all.",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| uncaught exceptions from scan_target | {len(errors)} | 0 |",
        f"| cases that wrote outside their folder | {len(wrote)} | 0 |",
        f"| slowest case | {slowest['seconds']:.2f} s (`{slowest['label']}`) | < {TARGET_SECONDS:g} s |",
        f"| median / 99th percentile time | {doc['p50_seconds'] * 1000:.1f} ms / "
        f"{doc['p99_seconds'] * 1000:.0f} ms | (information) |",
        f"| peak resident memory of a case | {mib:.0f} MiB"
        + (f" (`{top['label']}`)" if top else "")
        + " | < 1 GB |",
        f"| verdicts | {', '.join(f'{k} {v:,}' for k, v in sorted(verdicts.items()))} "
        "| (information) |",
    ]
    print("\n".join(lines))
    for r in errors[:20]:
        print(f"\n{r['label']}: {r['error']}", file=sys.stderr)
    for r in wrote[:20]:
        print(f"\n{r['label']} wrote {r['wrote']}", file=sys.stderr)
    ok = not errors and not wrote and slowest["seconds"] < TARGET_SECONDS
    return 0 if ok and (top is None or top["peak"] < TARGET_PEAK) else 1


if __name__ == "__main__":
    raise SystemExit(main())
