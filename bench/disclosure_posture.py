"""Benchmark `pipwarden policy check` (posture.assess) on synthetic repositories.

Baseline, in the same run: walking the same tree with os.walk and reading every
file once (the least any file-reading checker must do). Reported: median wall
time of each over REPEAT runs and their ratio.

    .venv/bin/python bench/disclosure_posture.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pipwarden.disclosure import posture
from pipwarden.disclosure.init import write_policy_files
from pipwarden.disclosure.templates import PolicyInputs

REPEAT = 5
SIZES = (100, 1_000, 10_000)


def build(root: Path, files: int) -> None:
    """A repository with `files` Python modules in nested packages, CI and requirements."""
    write_policy_files(root, PolicyInputs("bench", "security@bench-project.org"))
    for i in range(files):
        pkg = root / "src" / f"pkg{i // 100}" / f"sub{i // 10 % 10}"
        pkg.mkdir(parents=True, exist_ok=True)
        (pkg / f"mod{i}.py").write_text(f"def f{i}(x):\n    return x + {i}\n" * 20)
    lines = [f"package{i}=={i}.0 --hash=sha256:{'0' * 64}" for i in range(500)]
    (root / "requirements.txt").write_text("\n".join(lines) + "\n")
    (root / "Dockerfile").write_text(
        "FROM python\nUSER app\nRUN pip install --only-binary :all: x\n"
    )


def baseline(root: Path) -> int:
    total = 0
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            total += len(Path(dirpath, name).read_bytes())
    return total


def timed(fn: object, arg: Path) -> float:
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn(arg)  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, median of {REPEAT}")
    print("| files | policy check (s) | walk+read baseline (s) | ratio | score |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            build(root, size)
            check = timed(posture.assess, root)
            base = timed(baseline, root)
            score = posture.assess(root).score
            print(f"| {size} | {check:.4f} | {base:.4f} | {check / base:.2f} | {score} |")


if __name__ == "__main__":
    main()
