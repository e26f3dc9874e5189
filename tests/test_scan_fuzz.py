"""The hostile-archive fuzzer, a few hundred seeded cases per run (bench/fuzz/run.py runs
10,000): scan_target never raises, every case ends within a bound, nothing is written
outside the case's folder, and crafted attacks get the finding they call for."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pipwarden.findings import Severity
from pipwarden.scan import scan_target
from tests.support import fuzzarchive as F

SEED = 12
CASES = 260
#: Per case, on a shared CI machine (the slowest is about 1 s on an idle one).
BOUND = 10.0
#: Kinds with their own, slower tests (30 MiB sources, 20,000 members).
HEAVY = {"big-source", "many-members"}
KINDS = tuple(sorted(set(F.CRAFTED) - HEAVY))

#: Crafted kind -> rules one of which it must raise at high.
EXPECT_HIGH = {
    "bomb-zip": {"archive.zip-bomb"},
    "bomb-tar": {"archive.zip-bomb"},
    "traversal": {"archive.path-traversal", "archive.absolute-path", "archive.bad-name"},
    "duplicates": {"archive.duplicate-member"},
    "multi-gzip": {"archive.concatenated-gzip", "archive.trailing-data"},
    "huge-declared": {"archive.too-large", "archive.member-too-large", "archive.zip-bomb"},
    "huge-header": {
        "archive.member-too-large",
        "archive.too-large",
        "archive.truncated",
        "archive.corrupt",
    },
    "cut": {"archive.truncated", "archive.corrupt", "archive.trailing-data"},
}


def _marked(root: Path) -> list[Path]:
    return [p for p in root.rglob(f"*{F.MARKER}*")]


def test_fuzz_cases(tmp_path: Path) -> None:
    work = tmp_path / "cases"
    work.mkdir()
    outside = Path("/tmp")
    before = set(outside.glob(f"*{F.MARKER}*"))
    cwd = Path.cwd()
    slowest = (0.0, "")
    failures: list[str] = []
    for case in F.cases(SEED, CASES, KINDS):
        path = work / case.filename
        path.write_bytes(case.data)
        start = time.monotonic()
        try:
            result = scan_target(path)
        except Exception as exc:  # the point of the test: report, do not stop
            failures.append(f"{case.label}: {type(exc).__name__}: {exc}")
            path.unlink()
            continue
        took = time.monotonic() - start
        slowest = max(slowest, (took, case.label))
        if took > BOUND:
            failures.append(f"{case.label}: took {took:.1f} s")
        assert result.verdict in ("clean", "suspicious", "malicious")
        kind = case.label.split("/", 1)[1] if "crafted/" in case.label else ""
        want = EXPECT_HIGH.get(kind)
        if want is not None:
            high = {f.rule for f in result.findings if f.severity >= Severity.HIGH}
            if not want & high:
                failures.append(f"{case.label}: none of {sorted(want)} at high")
        # Nothing extracted: the case's folder holds the case and nothing else.
        assert os.listdir(work) == [case.filename], case.label
        path.unlink()
    assert Path.cwd() == cwd
    assert set(outside.glob(f"*{F.MARKER}*")) == before
    assert _marked(tmp_path) == []
    assert not failures, "\n".join(failures)
    assert slowest[0] < BOUND, slowest


def test_fuzz_cases_are_reproducible() -> None:
    first = [(c.label, c.data) for c in F.cases(SEED, 40, KINDS)]
    assert first == [(c.label, c.data) for c in F.cases(SEED, 40, KINDS)]
    assert len({data for _, data in first}) > 30
