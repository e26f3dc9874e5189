"""Benchmarks of what `pipwarden audit` reads (results: bench/README-audit.md).

    .venv/bin/python bench/audit/bench_sources.py [--data ../shared/data] [--runs 9]
        [--pip-audit PATH-TO-pip-audit]

Inputs, written by this script from the shared OSV export and the list of the
most downloaded projects (a known-affected version where the database has
one, else 1.0.0, as bench_audit.py does):
1. a requirements file of 1,000 pins;
2. a uv.lock of 500 packages in uv's real shape (registry source, sdist and
   wheels with hashes, dependencies);
3. an environment of 100 distributions (80 .dist-info with METADATA and
   RECORD, 15 .egg-info folders, 5 .egg-info files).

Measured in the same run, each a fresh process (median and minimum wall time of
--runs, and median CPU time, which other jobs on the machine barely move):
- start-up: ``pipwarden audit --help`` against ``python -c pass``;
- each input end to end (``pipwarden audit ... --format json``), and that
  minus the start-up: the cost of the audit itself;
- in-process, warm: reading each input alone, and the whole audit;
- pip-audit where it runs offline: only ``--dry-run`` (dependency collection,
  no vulnerability lookup); its lookups need PyPI's or OSV's web service, and
  the script shows that they fail without a network. osv-scanner is not
  installable here (a Go binary; no PyPI, npm or Debian package), so it is
  not measured.
Processes run in a new network namespace (``unshare -n``) when available, so
"offline" is enforced, not assumed.

With --baseline-src DIR (say, ``git archive`` of an older commit's src/), that
pipwarden runs too, against a database its own ``db update`` built, each of its
runs interleaved with the current one's: both meet the same load. Every
process runs with compiled bytecode (``PYTHONPYCACHEPREFIX`` in a temporary
folder, warmed by one run), as an installed pipwarden does (pip compiles it);
``PYTHONDONTWRITEBYTECODE`` would make each run compile pipwarden's sources.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_audit import make_requirements  # noqa: E402

PY = sys.executable
EXE = str(Path(PY).parent / "pipwarden")
OFFLINE = ["unshare", "-n"] if shutil.which("unshare") and os.geteuid() == 0 else []


def timed(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, float, int]:
    """`cmd` as a fresh process: (median wall, min wall, median CPU seconds, last exit code).

    CPU time (user + system, from getrusage of the children) barely moves when other
    jobs share the machine; wall time does.
    """
    ((med, low, cpu, code),) = interleaved([(cmd, env)], runs)
    return med, low, cpu, code


def interleaved(
    jobs: list[tuple[list[str], dict[str, str]]], runs: int
) -> list[tuple[float, float, float, int]]:
    """Each job of `jobs` `runs` times, in turn (job 1, job 2, job 1, ...), after one
    unmeasured run each: per job (median wall, min wall, median CPU, last exit code)."""
    walls: list[list[float]] = [[] for _ in jobs]
    cpus: list[list[float]] = [[] for _ in jobs]
    codes = [0] * len(jobs)
    for rnd in range(runs + 1):
        for i, (cmd, env) in enumerate(jobs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.run(
                OFFLINE + cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            codes[i] = proc.returncode
            if rnd:  # the first round compiles bytecode and warms the page cache
                walls[i].append(wall)
                cpus[i].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return [
        (statistics.median(w), min(w), statistics.median(c), code)
        for w, c, code in zip(walls, cpus, codes, strict=True)
    ]


def warm(fn: object, runs: int) -> tuple[float, float]:
    """(median wall, median CPU seconds) of `fn` in this process, after one warm-up call."""
    assert callable(fn)
    fn()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu)


def pins_of(req: Path, count: int) -> list[tuple[str, str]]:
    out = []
    for line in req.read_text().splitlines()[:count]:
        name, _, version = line.partition("==")
        out.append((name, version))
    return out


def make_uv_lock(pins: list[tuple[str, str]], out: Path) -> None:
    """A uv.lock in uv's shape: one [[package]] per pin, each depending on the next."""
    blocks = ['version = 1\nrevision = 2\nrequires-python = ">=3.10"\n']
    for i, (name, version) in enumerate(pins):
        h = f"{i:064x}"
        dist = name.replace("-", "_")
        dep = pins[(i + 1) % len(pins)][0]
        blocks.append(
            f'[[package]]\nname = "{name}"\nversion = "{version}"\n'
            'source = { registry = "https://pypi.org/simple" }\n'
            f'dependencies = [\n    {{ name = "{dep}" }},\n]\n'
            f'sdist = {{ url = "https://files.example.invalid/{dist}-{version}.tar.gz", '
            f'hash = "sha256:{h}", size = 12345, upload-time = "2024-01-01T00:00:00Z" }}\n'
            "wheels = [\n"
            f'    {{ url = "https://files.example.invalid/{dist}-{version}-py3-none-any.whl", '
            f'hash = "sha256:{h}", size = 2345, upload-time = "2024-01-01T00:00:00Z" }},\n'
            "]\n"
        )
    out.write_text("\n".join(blocks))


def make_environment(pins: list[tuple[str, str]], site: Path) -> None:
    """100 installed distributions: 80 .dist-info, 15 .egg-info folders, 5 .egg-info files."""
    body = "A long description.\n" * 250  # real METADATA carries the README (~5 KiB here)
    for i, (name, version) in enumerate(pins):
        dist = name.replace("-", "_")
        meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: x\n\n{body}"
        if i < 80:
            info = site / f"{dist}-{version}.dist-info"
            info.mkdir(parents=True)
            (info / "METADATA").write_text(meta)
            (info / "RECORD").write_text(f"{dist}/__init__.py,sha256=x,1\n" * 20)
        elif i < 95:
            info = site / f"{dist}-{version}.egg-info"
            info.mkdir(parents=True)
            (info / "PKG-INFO").write_text(meta)
        else:
            (site / f"{dist}-{version}.egg-info").write_text(meta)
        (site / dist).mkdir(exist_ok=True)
        (site / dist / "__init__.py").write_text("raise SystemExit('imported')\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--pip-audit", default=shutil.which("pip-audit"))
    parser.add_argument("--baseline-src", type=Path, help="an older pipwarden's src/ folder")
    parser.add_argument("--skip-pip-audit", action="store_true")
    args = parser.parse_args()
    runs = args.runs
    result: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    result["offline_enforced"] = bool(OFFLINE)
    result["load_average_at_start"] = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        env = {**os.environ, "PIPWARDEN_HOME": str(home), "PYTHONPYCACHEPREFIX": str(tmp / "pyc")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PIPWARDEN_HOME"] = str(home)
        from pipwarden.audit import engine, osv, sources
        from pipwarden.policy import Policy

        osv.update(str(args.data / "osv-pypi.zip"))
        db_path = home / "data" / osv.DB_FILENAME
        req = tmp / "requirements.txt"
        make_requirements(args.data, db_path, req)
        uv = tmp / "uv.lock"
        make_uv_lock(pins_of(req, 500), uv)
        site = tmp / "env" / "lib" / "python3.11" / "site-packages"
        make_environment(pins_of(req, 100), site)

        # the baseline: an older pipwarden with a database its own `db update` built
        envs = {"": env}
        if args.baseline_src:
            old = {**env, "PYTHONPATH": str(args.baseline_src.resolve())}
            old["PIPWARDEN_HOME"] = str(tmp / "home-before")
            update = [EXE, "db", "update", "--source", str(args.data / "osv-pypi.zip")]
            subprocess.run(update, env=old, check=True, stdout=subprocess.DEVNULL)
            envs["before_"] = old

        # -- start-up
        result["python_startup_s"] = timed([PY, "-c", "pass"], runs, env)[:3]
        helps = interleaved([([EXE, "audit", "--help"], e) for e in envs.values()], runs)
        helpt = dict(zip(envs, helps, strict=True))
        for prefix, h in helpt.items():
            result[f"{prefix}audit_help_s"] = h[:3]

        # -- in-process, warm
        inputs = {
            "pins_1000": ["-r", str(req)],
            "uv_lock_500": ["-r", str(uv)],
            "environment_100": ["--path", str(tmp / "env")],
        }
        readers = {
            "pins_1000": lambda: sources.read(req),
            "uv_lock_500": lambda: sources.read(uv),
            "environment_100": lambda: sources.read_environment(tmp / "env").dependencies,
        }
        for label, reader in readers.items():
            deps = reader()
            result[f"{label}_dependencies"] = len(deps)
            result[f"{label}_read_s"] = warm(reader, runs)

            def full(reader: object = reader) -> int:
                assert callable(reader)
                with osv.AdvisoryDB(db_path) as db:
                    report = engine.audit(reader(), db, Policy())
                return sum(len(r.vulns) for r in report.results)

            result[f"{label}_vulns"] = full()
            result[f"{label}_audit_in_process_s"] = warm(full, runs)

        # -- end to end, fresh processes (the baseline's runs interleaved)
        for label, argv in inputs.items():
            cmd = [EXE, "audit", *argv, "--format", "json", "-o", os.devnull]
            measured = interleaved([(cmd, e) for e in envs.values()], runs)
            for prefix, (med, low, cpu, code) in zip(envs, measured, strict=True):
                h = helpt[prefix]
                result[f"{prefix}{label}_cli_s"] = (med, low, cpu)
                result[f"{prefix}{label}_cli_exit"] = code
                result[f"{prefix}{label}_beyond_startup_s"] = (med - h[0], low - h[1], cpu - h[2])
        result["load_average_after_pipwarden"] = os.getloadavg()[0]

        # -- pip-audit, offline: collection only (--dry-run); lookups need the network
        if args.pip_audit and not args.skip_pip_audit:
            pa = args.pip_audit
            result["pip_audit_help_s"] = timed([pa, "--help"], runs, env)
            dry = [pa, "-r", str(req), "--no-deps", "--disable-pip", "--dry-run"]
            result["pip_audit_pins_1000_dry_run_s"] = timed(dry, runs, env)
            envdry = [pa, "--path", str(site), "--dry-run"]
            result["pip_audit_environment_100_dry_run_s"] = timed(envdry, runs, env)
            small = tmp / "one.txt"
            small.write_text("requests==2.30.0\n")
            online = subprocess.run(
                [*OFFLINE, pa, "-r", str(small), "--no-deps", "--disable-pip"],
                env=env, capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            tail = (online.stderr.strip().splitlines() or [""])[-1]
            result["pip_audit_lookup_offline"] = f"exit {online.returncode}: {tail[:160]}"
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
