"""Benchmark: CPU time of the code scan of an install's closure, this tree against a baseline.

Downloads the wheels of a closure once (`pip download --only-binary :all:`,
default jupyterlab's, into bench/.work/closure-wheels/, outside the sources),
extracts the baseline's `src/` with `git archive` (default: main), then runs
rounds in which each side, in its own fresh process and in alternating order,
scans every wheel once with `pipwarden.scan.scan_target` (nothing is unpacked,
built or run) and reports the CPU time (user + system of that process, imports
left out) of each wheel. The same session, the same wheels, interleaved: what
the machine's load does to one side it does to the other.

Also checks that both sides give the same verdict and findings for every wheel.

Needs PyPI (or the machine's pip configuration) for the first download.
Run: .venv/bin/python bench/pipeline/bench_scan_cpu.py [--baseline main] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "bench" / ".work"

#: Scans the wheels given on stdin with the pipwarden under argv[1]; prints JSON.
_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import pipwarden.scan
assert pipwarden.scan.__file__.startswith(sys.argv[1]), pipwarden.scan.__file__
from pipwarden.scan import scan_target
out = {}
for path in json.loads(sys.stdin.read()):
    start = time.process_time()
    result = scan_target(path)
    cpu = time.process_time() - start
    findings = [
        [f.rule, f.severity.name, f.file or "", f.line or 0, f.message, f.evidence]
        for f in result.findings
    ]
    out[path] = {"cpu": cpu, "verdict": result.verdict, "findings": findings,
                 "probability": result.probability}
print(json.dumps(out))
"""


def download(spec: list[str], into: Path) -> list[Path]:
    """The wheels of `spec`'s closure (downloaded once)."""
    into.mkdir(parents=True, exist_ok=True)
    wheels = sorted(into.glob("*.whl"))
    if wheels:
        return wheels
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--only-binary", ":all:", "-d"]
        + [str(into), *spec],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        print(f"pip download failed (needs PyPI): {proc.stderr.strip()[-300:]}", file=sys.stderr)
        return []
    return sorted(into.glob("*.whl"))


def baseline_src(rev: str, into: Path) -> Path:
    """`src/` of `rev`, from git archive."""
    data = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True
    ).stdout
    archive = into / "src.tar"
    archive.write_bytes(data)
    with tarfile.open(archive) as tf:
        tf.extractall(into, filter="data")
    return into / "src"


def run_side(src: Path, wheels: list[Path]) -> dict[str, dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src)],
        input=json.dumps([str(w) for w in wheels]),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, dict[str, object]] = json.loads(proc.stdout)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("spec", nargs="*", default=["jupyterlab"], help="what to download")
    ap.add_argument("--wheels", type=Path, default=WORK / "closure-wheels")
    ap.add_argument("--baseline", default="main", help="git revision of the baseline")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--top", type=int, default=10, help="wheels listed one by one")
    args = ap.parse_args()
    wheels = download(args.spec, args.wheels)
    if not wheels:
        return 2
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    base_rev = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", args.baseline],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(
        f"{len(wheels)} wheels; this tree ({head}, with its working changes) against "
        f"{args.baseline} ({base_rev}); {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    sides = {"new": ROOT / "src"}
    totals: dict[str, list[float]] = {"new": [], "base": []}
    per: dict[str, dict[str, list[float]]] = {"new": {}, "base": {}}
    loads: list[float] = []
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        sides["base"] = baseline_src(args.baseline, Path(tmp))
        for r in range(args.rounds):
            order = ["base", "new"] if r % 2 == 0 else ["new", "base"]
            got = {}
            for side in order:
                loads.append(os.getloadavg()[0])
                got[side] = run_side(sides[side], wheels)
                total = sum(float(v["cpu"]) for v in got[side].values())  # type: ignore[arg-type]
                totals[side].append(total)
                for path, v in got[side].items():
                    per[side].setdefault(Path(path).name, []).append(float(v["cpu"]))  # type: ignore[arg-type]
            for path in got["new"]:
                a, b = dict(got["new"][path]), dict(got["base"][path])
                a.pop("cpu"), b.pop("cpu")
                if a != b:
                    same = False
                    print(f"  DIFFERENT result for {Path(path).name}")
            ratio = totals["new"][-1] / totals["base"][-1]
            print(
                f"round {r + 1}: baseline {totals['base'][-1]:.2f} s, this tree "
                f"{totals['new'][-1]:.2f} s, ratio {ratio:.3f} (load {loads[-1]:.1f})",
                flush=True,
            )
    new, base = statistics.median(totals["new"]), statistics.median(totals["base"])
    ratios = sorted(n / b for n, b in zip(totals["new"], totals["base"], strict=True))
    print(
        f"\nCPU of the scan, median of {args.rounds}: baseline {base:.2f} s, this tree "
        f"{new:.2f} s, ratio {new / base:.3f} ({100 * (new / base - 1):+.1f} %); "
        f"per-round ratios {', '.join(f'{x:.3f}' for x in ratios)}; load average "
        f"{min(loads):.1f}-{max(loads):.1f}; results {'identical' if same else 'DIFFERENT'}"
    )
    print(f"\n{'wheel':<44} {'baseline':>9} {'this tree':>9} {'ratio':>6}")
    medians = {w: statistics.median(v) for w, v in per["base"].items()}
    for name in sorted(medians, key=lambda w: -medians[w])[: args.top]:
        b = medians[name]
        n = statistics.median(per["new"][name])
        print(f"{name[:44]:<44} {b:>8.3f}s {n:>8.3f}s {n / b:>6.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
