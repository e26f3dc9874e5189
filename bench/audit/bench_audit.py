"""Benchmarks for `pipwarden db update` and `pipwarden audit` (results: bench/README-audit.md).

    .venv/bin/python bench/audit/bench_audit.py [--data ../shared/data] [--runs 7]

1. db update from the shared OSV zip: wall time and peak memory (a fresh
   child process each run, peak RSS from getrusage), against a baseline that
   only reads and parses every JSON file of the zip (no database).
2. An audit of a 1,000-line pinned requirements file (the 1,000 most
   downloaded projects) against the full database, warm (in-process, after a
   first run), end to end (parse, look up, match, merge aliases, smallest
   upgrades). The lookup alone (one query by normalized name) is compared in
   the same run with one SQL query per package and with a full table scan. Also the cold CLI (`pipwarden audit` as a
   new process) and the number of network requests an online per-package
   service (pip-audit with the PyPI or OSV service) would make.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def child(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Run `code` in a fresh interpreter; (wall seconds, its own peak RSS in MiB)."""
    code += "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    start = time.perf_counter()
    proc = subprocess.run([PY, "-c", code], check=True, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    return wall, int(proc.stdout.split()[-1]) // 1024


def bench_update(zip_path: Path, runs: int, home: Path) -> dict[str, object]:
    env = {**os.environ, "PIPWARDEN_HOME": str(home)}
    parse_only = (
        "import json, zipfile\n"
        f"z = zipfile.ZipFile({str(zip_path)!r})\n"
        "n = sum(1 for i in z.infolist() if json.loads(z.read(i)))\n"
    )
    update = f"from pipwarden.audit import osv\nosv.update({str(zip_path)!r})\n"
    base_t, base_m, upd_t, upd_m = [], [], [], []
    for _ in range(runs):
        t, m = child(parse_only, env)
        base_t.append(t)
        base_m.append(m)
    for _ in range(runs):
        t, m = child(update, env)
        upd_t.append(t)
        upd_m.append(m)
    return {
        "baseline_parse_s": statistics.median(base_t),
        "baseline_peak_mib": max(base_m),
        "update_s": statistics.median(upd_t),
        "update_peak_mib": max(upd_m),
    }


def make_requirements(data: Path, db_path: Path, out: Path) -> tuple[int, int]:
    """1,000 pins: a known-affected version where the database has one, else 1.0.0."""
    from pipwarden.audit import osv

    names = (data / "top-pypi-packages.txt").read_text().split()[:1000]
    with osv.AdvisoryDB(db_path) as db:
        advs = db.advisories(names)
    lines, with_advisories = [], 0
    for name in names:
        version = "1.0.0"
        known = advs.get(name.lower().replace("_", "-").replace(".", "-"), [])
        if known:
            with_advisories += 1
            listed = []
            for adv in known:
                for v in adv.known_versions:
                    try:
                        listed.append((Version(v), v))
                    except InvalidVersion:
                        pass
            if listed:
                version = sorted(listed)[len(listed) // 2][1]
        lines.append(f"{name}=={version}")
    out.write_text("\n".join(lines) + "\n")
    return len(lines), with_advisories


def bench_audit(req: Path, db_path: Path, runs: int) -> dict[str, object]:
    from pipwarden.audit import engine, osv, sources
    from pipwarden.policy import Policy

    def ours() -> int:
        deps = sources.read(req)
        with osv.AdvisoryDB(db_path) as db:
            report = engine.audit(deps, db, Policy())
        return sum(len(r.vulns) for r in report.results)

    names = [d.name for d in sources.read(req)]

    def lookup_one_query() -> int:
        with osv.AdvisoryDB(db_path) as db:
            return sum(len(v) for v in db.advisories(names).values())

    def lookup_per_package() -> int:
        with osv.AdvisoryDB(db_path) as db:
            return sum(len(db.advisories([n])[osv.canonicalize_name(n)]) for n in names)

    def lookup_full_scan() -> int:
        from pipwarden.audit.stored import from_row

        wanted = {osv.canonicalize_name(n) for n in names}
        with osv.AdvisoryDB(db_path) as db:
            assert db._conn is not None
            rows = db._conn.execute("SELECT package, id, doc, details, known FROM vulns")
            return sum(1 for row in rows.fetchall() if row[0] in wanted and from_row(*row))

    out: dict[str, object] = {}
    cases = (
        ("audit", ours),
        ("lookup_one_query", lookup_one_query),
        ("lookup_per_package", lookup_per_package),
        ("lookup_full_scan", lookup_full_scan),
    )
    for label, fn in cases:
        fn()  # warm
        times = []
        result = 0
        for _ in range(runs):
            start = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - start)
        out[f"{label}_s"] = statistics.median(times)
        out[f"{label}_hits"] = result
    return out


def bench_cli(req: Path, home: Path, runs: int) -> float:
    env = {**os.environ, "PIPWARDEN_HOME": str(home)}
    exe = str(Path(PY).parent / "pipwarden")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [exe, "audit", "-r", str(req), "--format", "json", "-o", os.devnull],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    zip_path = args.data / "osv-pypi.zip"
    with zipfile.ZipFile(zip_path) as z:
        files = len(z.infolist())
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        os.environ["PIPWARDEN_HOME"] = str(home)
        update = bench_update(zip_path, args.runs, home)
        db_path = home / "data" / "osv-pypi.sqlite3"
        req = Path(tmp) / "requirements.txt"
        lines, with_advs = make_requirements(args.data, db_path, req)
        audit = bench_audit(req, db_path, args.runs)
        cli = bench_cli(req, home, max(3, args.runs // 2))
        result = {
            "osv_files": files,
            "db_bytes": db_path.stat().st_size,
            **update,
            "requirements_lines": lines,
            "packages_with_advisories": with_advs,
            **audit,
            "cli_cold_s": cli,
            "online_requests_per_package_service": lines,
            "online_requests_pipwarden": 0,
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
