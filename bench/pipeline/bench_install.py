"""Benchmark: `pipwarden install` and `check` against plain pip on jupyterlab's closure.

Same session, same closure (jupyterlab and its ~90 dependencies), same pip
configuration for both sides (whatever pip.conf, PIP_* variables, find-links
and constraint files the machine has apply to both), each side run in turn,
several times; medians are reported:

* cold: `VENV/bin/python -m pip install jupyterlab` into a fresh virtual
  environment with an empty pip cache, against `pipwarden install -p VENV2
  jupyterlab` into another fresh one, with an empty pipwarden home (its
  advisory database loaded beforehand, as `db update` leaves it) and an empty
  pip cache; target ratio <= 1.3x;
* warm: `pipwarden check -p VENV jupyterlab` with everything cached against
  `VENV/bin/python -m pip install --dry-run --report` with pip's cache warm,
  both against the same empty environment; target ratio <= 1.2x.

Cold, it also gives the CPU time (user + system) of each side and of every
process it waited for: on a machine shared with other work, wall times vary
several-fold from run to run, CPU times much less.

The cooldown is off (policy `cooldown-days = 0`) so that both sides resolve
the same versions; the script checks that both environments end up holding
the same distributions.

Needs PyPI: it says so and stops (exit 0, "skipped") without it.
With --baseline-src DIR (say, `git archive` of an older commit's src/), a
second pipwarden runs from DIR in turn with the others: before/after figures
from the same session.

Run: .venv/bin/python bench/pipeline/bench_install.py [--runs 3] [--baseline-src DIR]
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

HERE = Path(__file__).resolve().parent
WORK = HERE.parent / ".work" / "pipeline"
PIPWARDEN = [sys.executable, "-m", "pipwarden"]


def online() -> bool:
    """Whether PyPI answers."""
    import httpx

    try:
        return httpx.get("https://pypi.org/simple/pip/", timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


#: CPU seconds (user + system) of the last `timed` command and every process it waited for.
CPU: list[float] = [0.0]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, proc


def fresh_venv(path: Path) -> Path:
    """A new virtual environment (with pip) at `path`; its interpreter."""
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    return path / "bin" / "python"


def installed(python: Path) -> dict[str, str]:
    """name -> version of what an environment holds (pip itself left out)."""
    out = subprocess.run(
        [str(python), "-m", "pip", "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {d["name"].lower(): d["version"] for d in json.loads(out) if d["name"] != "pip"}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.1f}/{five:.1f}"


def fail(what: str, proc: subprocess.CompletedProcess[str]) -> int:
    print(f"{what} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return 2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3, help="repetitions of each side (medians)")
    ap.add_argument("--warm-runs", type=int, default=5, help="repetitions of the warm pair")
    ap.add_argument("--request", nargs="+", default=["jupyterlab"])
    ap.add_argument(
        "--baseline-src",
        help="also run a pipwarden from this src folder (an older checkout), in turn with the others",
    )
    args = ap.parse_args()
    if not online():
        print("skipped: this benchmark needs PyPI (https://pypi.org/simple/) and it did not answer")
        return 0
    WORK.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=WORK))
    base = dict(os.environ)
    base.pop("VIRTUAL_ENV", None)
    policy = tmp / "pipwarden.toml"
    policy.write_text("cooldown-days = 0\n")
    template = tmp / "pw-template"  # a pipwarden home with only the advisory database
    osv = HERE.parents[2] / "shared" / "data" / "osv-pypi.zip"
    if osv.is_file():
        subprocess.run(
            [*PIPWARDEN, "db", "update", "--source", str(osv)],
            env={**base, "PIPWARDEN_HOME": str(template)},
            check=False,
            capture_output=True,
        )
    template.mkdir(exist_ok=True)
    loads: list[str] = [load()]
    # each pipwarden variant: its label and the src folder it runs from (None: this one)
    variants: dict[str, str | None] = {"pipwarden": None}
    if args.baseline_src:
        variants["pipwarden before"] = str(Path(args.baseline_src).resolve())
    cold: dict[str, list[float]] = {"pip": [], **{v: [] for v in variants}}
    cpu: dict[str, list[float]] = {"pip": [], **{v: [] for v in variants}}
    envs: dict[str, dict[str, str]] = {}
    homes = {v: tmp / f"pw-home-{i}" for i, v in enumerate(variants)}

    def with_src(env: dict[str, str], src: str | None) -> dict[str, str]:
        return env if src is None else {**env, "PYTHONPATH": src}

    for run in range(args.runs):
        # plain pip
        py = fresh_venv(tmp / "venv-pip")
        env = {**base, "PIP_CACHE_DIR": str(tmp / f"pip-cache-pip-{run}")}
        t, proc = timed([str(py), "-m", "pip", "install", "-q", *args.request], env)
        if proc.returncode:
            return fail("pip install", proc)
        cold["pip"].append(t)
        cpu["pip"].append(CPU[0])
        envs["pip"] = installed(py)
        loads.append(load())
        for i, (label, src) in enumerate(variants.items()):
            venv = tmp / f"venv-pw-{i}"
            py = fresh_venv(venv)
            shutil.rmtree(homes[label], ignore_errors=True)
            shutil.copytree(template, homes[label])
            env = {
                **base,
                "PIP_CACHE_DIR": str(tmp / f"pip-cache-pw-{i}-{run}"),
                "PIPWARDEN_HOME": str(homes[label]),
            }
            cmd = [*PIPWARDEN, "install", "-q", "--yes", "--policy", str(policy)]
            if os.geteuid() == 0:  # a container's root: the same for pip, which does not ask
                cmd.append("--allow-root")
            t, proc = timed([*cmd, "-p", str(venv), *args.request], with_src(env, src))
            if proc.returncode:
                return fail(f"{label} install", proc)
            cold[label].append(t)
            cpu[label].append(CPU[0])
            envs[label] = installed(py)
            loads.append(load())
        print(
            f"cold run {run + 1}: "
            + ", ".join(f"{k} {v[-1]:.1f} s ({cpu[k][-1]:.1f} s CPU)" for k, v in cold.items())
        )
    same = all(e == envs["pip"] for e in envs.values())
    for label, got in envs.items():
        if got != envs["pip"]:
            diff = set(envs["pip"].items()) ^ set(got.items())
            print(f"pip's and {label}'s environments differ: {sorted(diff)}")

    # warm: all against the same empty environment, caches filled by the runs above
    empty = fresh_venv(tmp / "venv-empty")
    pip_cache = tmp / f"pip-cache-pip-{args.runs - 1}"
    warm: dict[str, list[float]] = {"pip": [], **{v: [] for v in variants}}
    report = tmp / "report.json"
    dry = [str(empty), "-m", "pip", "install", "--dry-run", "-q", "--report", str(report)]
    check = [*PIPWARDEN, "check", "-q", "--policy", str(policy), "-p", str(tmp / "venv-empty")]
    env_pip = {**base, "PIP_CACHE_DIR": str(pip_cache)}
    timed([*dry, *args.request], env_pip)  # fill pip's HTTP cache for the index pages
    for _ in range(args.warm_runs):
        t, proc = timed([*dry, *args.request], env_pip)
        if proc.returncode:
            return fail("pip install --dry-run", proc)
        warm["pip"].append(t)
        for label, src in variants.items():
            env = {**env_pip, "PIPWARDEN_HOME": str(homes[label])}
            t, proc = timed([*check, *args.request], with_src(env, src))
            if proc.returncode not in (0, 1):
                return fail(f"{label} check", proc)
            warm[label].append(t)
        loads.append(load())
    packages = len(json.loads(report.read_text())["install"])

    print()
    print(
        f"closure: {packages} packages ({' '.join(args.request)}); same environments: "
        f"{'yes' if same else 'NO'}; load average (1/5 min) during the runs: {', '.join(loads)}"
    )
    cp, wp = statistics.median(cold["pip"]), statistics.median(warm["pip"])
    print("| measure | pipwarden | pip | ratio | target |")
    print("|---|---|---|---|---|")
    for label in variants:
        cw, ww = statistics.median(cold[label]), statistics.median(warm[label])
        print(
            f"| cold install, {label} (median of {args.runs}) | {cw:.1f} s | {cp:.1f} s "
            f"(pip install) | {cw / cp:.2f}x | <= 1.3x |"
        )
        print(
            f"| warm check, {label} (median of {args.warm_runs}) | {ww:.2f} s | {wp:.2f} s "
            f"(pip install --dry-run --report) | {ww / wp:.2f}x | <= 1.2x |"
        )
    for label in variants:  # each round's own ratio: the load changes less within a round
        paired = [t / p for t, p in zip(cold[label], cold["pip"], strict=True)]
        print(
            f"| cold install, {label}: median of each round's ratio | | | "
            f"{statistics.median(paired):.2f}x ({', '.join(f'{r:.2f}' for r in paired)}) "
            "| <= 1.3x |"
        )
    cc = statistics.median(cpu["pip"])
    for label in variants:
        c = statistics.median(cpu[label])
        print(
            f"| cold install, {label}: CPU time, all processes (median) | {c:.1f} s | {cc:.1f} s "
            f"| {c / cc:.2f}x | (information) |"
        )
    for kind, times in (("cold", cold), ("warm", warm), ("cold CPU", cpu)):
        for label, got in times.items():
            print(f"{kind} {label}: {[round(x, 1) for x in got]}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
