"""Benchmark: `pipwarden check` against pip's own resolver on the same closure.

Same index (pip's configuration), same run, same machine:

* warm: `pipwarden check` (artifacts cached) vs `pip install --dry-run --report`
  alone (pip's HTTP cache warm); target ratio <= 1.5x;
* cold: pipwarden's resolve + concurrent, hash-verified downloads with empty
  caches vs `pip download` of the same set with an empty pip cache; target:
  not slower. The full cold `check` (which also reads every file of every
  artifact) is reported beside it.

Needs PyPI. Run: .venv/bin/python bench/pipeline/bench_check.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE.parent / ".work" / "pipeline"
# About 30 packages once resolved (sphinx's closure plus rich and httpx's).
REQUEST = ["sphinx==8.1.3", "rich==13.9.4", "httpx==0.28.1"]
PIPWARDEN = [sys.executable, "-m", "pipwarden"]
PIP = [sys.executable, "-m", "pip"]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, proc


def fetch_phase() -> int:
    """Resolve and fetch only, through pipwarden's API (run in a fresh process)."""
    from rich.console import Console

    from pipwarden.fetch import Fetcher, make_client
    from pipwarden.pipoptions import PipOptions
    from pipwarden.resolve import Resolver
    from pipwarden.store import Store

    options = PipOptions(requirements=tuple(REQUEST))
    store = Store()
    client = make_client(options, None, store, json_url=None, offline=False, timeout=15, retries=3)
    fetcher = Fetcher(client, Console(stderr=True))
    resolution = Resolver(options, None, client, fetch_sdist=fetcher.fetch_sdist).resolve()
    start = time.perf_counter()
    got = fetcher.fetch_all(resolution.packages)
    print(f"{time.perf_counter() - start:.3f}")  # the downloads alone, for the table
    assert all(isinstance(v, Path) for v in got.values()), got
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3, help="warm repetitions (median is kept)")
    ap.add_argument("--fetch-phase", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.fetch_phase:
        return fetch_phase()
    WORK.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=WORK))
    env = dict(os.environ)
    env["PIPWARDEN_HOME"] = str(tmp / "pw-home")
    env["PIP_CACHE_DIR"] = str(tmp / "pip-cache")
    # Only PyPI, for both sides: a machine-wide pip.conf may add local mirrors
    # (file:// indexes) that would turn downloads into file copies.
    env["PIP_CONFIG_FILE"] = os.devnull
    # the same resolution for both: no cooldown cutoff in pipwarden's pip call
    policy = tmp / "pipwarden.toml"
    policy.write_text("cooldown-days = 0\n")
    osv = HERE.parents[2] / "shared" / "data" / "osv-pypi.zip"
    if osv.is_file():
        subprocess.run(
            [*PIPWARDEN, "db", "update", "--source", str(osv)],
            env=env,
            check=False,
            capture_output=True,
        )
    report = tmp / "report.json"
    dry_run = [
        *PIP,
        "install",
        "--dry-run",
        "--ignore-installed",
        "--only-binary",
        ":all:",
        "--report",
        str(report),
        "--quiet",
        *REQUEST,
    ]
    check = [*PIPWARDEN, "check", "--policy", str(policy), "--format", "json", *REQUEST]

    # cold: resolve + fetch with empty caches vs pip download with an empty pip cache
    cold_fetch, proc = timed([sys.executable, __file__, "--fetch-phase"], env)
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 2
    downloads_only = float(proc.stdout.strip().splitlines()[-1])
    shutil.rmtree(tmp / "pw-home" / "cache", ignore_errors=True)
    shutil.rmtree(tmp / "pip-cache", ignore_errors=True)
    cold_pw, proc = timed(check, env)
    if proc.returncode not in (0, 1):
        print(proc.stderr, file=sys.stderr)
        return 2
    packages = json.loads(proc.stdout)["packages"]
    shutil.rmtree(tmp / "pip-cache", ignore_errors=True)
    download = [*PIP, "download", "--only-binary", ":all:", "-q", "-d", str(tmp / "dl"), *REQUEST]
    cold_pip, _ = timed(download, env)

    warm_pw, warm_pip = [], []
    for _ in range(args.runs):
        t, _ = timed(dry_run, env)
        warm_pip.append(t)
        t, _ = timed(check, env)
        warm_pw.append(t)
    wp, wq = statistics.median(warm_pw), statistics.median(warm_pip)
    print(f"closure: {len(packages)} packages ({', '.join(REQUEST)})")
    print("| measure | pipwarden check | baseline | ratio | target |")
    print("|---|---|---|---|---|")
    print(
        f"| warm (median of {args.runs}) | {wp:.2f} s | {wq:.2f} s (pip install --dry-run "
        f"--report) | {wp / wq:.2f}x | <= 1.5x |"
    )
    print(
        f"| cold: resolve + download | {cold_fetch:.2f} s | {cold_pip:.2f} s (pip download) "
        f"| {cold_fetch / cold_pip:.2f}x | <= 1.0x |"
    )
    print(
        f"| cold: the concurrent downloads alone | {downloads_only:.2f} s | {cold_pip:.2f} s "
        f"(pip download, resolution included) | {downloads_only / cold_pip:.2f}x | (information) |"
    )
    print(
        f"| cold: full check (reads every file) | {cold_pw:.2f} s | {cold_pip:.2f} s "
        f"(pip download) | {cold_pw / cold_pip:.2f}x | (information) |"
    )
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
