"""The code check (T5): static analysis of every file of an artifact before install.

Runs the scanner (`pipwarden.scan`) on the fetched artifact and reports its
findings at medium severity and above; the policy turns them into a verdict.
An artifact the scanner cannot read, or cannot read whole within its time and
memory budget, is a high finding (it blocks by default).
On a target the scanner judged clean they are capped at low.
Low findings (pickle use, parse failures of old files) matter when guarding a
repository with `pipwarden scan`, not when deciding an install, so they are
left out here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from pipwarden import checkcache
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import Check
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.scan import TargetResult, scan_target

NAME = "code"
DESCRIPTION = "Static analysis of the artifact's code: payloads, exfiltration, install hooks (T5)."


def _scanner_fingerprint() -> str:
    """A digest of the scanner's own source: cached findings die with any rule change."""
    import hashlib

    import pipwarden.scan

    digest = hashlib.sha256()
    root = Path(pipwarden.scan.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Findings are cached per artifact sha256 under this version.
CACHE_VERSION = f"code-2-{_scanner_fingerprint()}"  # -2: capped findings get their own fix


_SCRATCH = "code.results"
#: The fix of a finding capped at low because the scanner judged its artifact clean.
CAPPED_FIX = (
    "none needed to install: the artifact as a whole was judged clean; "
    "review this spot if the package is new to you"
)


def _scan(path: Path) -> TargetResult | str:
    """Scan one artifact in a worker process; an input error comes back as its message."""
    try:
        return scan_target(path)
    except PipwardenError as exc:
        return str(exc)


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Scan the artifacts not yet in the cache on all cores, largest first."""
    todo = {
        c.sha256: c.path
        for c in candidates
        if c.path is not None
        and c.sha256
        and checkcache.get(ctx.store, NAME, CACHE_VERSION, c.sha256) is None
    }
    workers = min(os.cpu_count() or 1, len(todo))
    if workers < 2:
        return
    order = sorted(todo, key=lambda sha: -todo[sha].stat().st_size)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_scan, [todo[sha] for sha in order])
        ctx.scratch[_SCRATCH] = dict(zip(order, results, strict=True))


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings of the static analyser for the candidate's artifact."""
    if candidate.path is None:
        return []
    done: dict[str, TargetResult | str] = ctx.scratch.get(_SCRATCH, {})
    result = done.get(candidate.sha256 or "")
    if result is None:
        result = _scan(candidate.path)
    if isinstance(result, str):
        # What cannot be read cannot be judged: the gate fails closed.
        return [
            Finding(
                check=NAME,
                rule="archive.corrupt",
                severity=Severity.HIGH,
                message=f"artifact could not be read: {result}",
                package=candidate.name,
                version=candidate.version,
                file=candidate.filename,
            )
        ]
    out = []
    # The scanner's verdict weighs combinations (a source reaching a sink); on a
    # target it judged clean, single medium findings are kept for the record but
    # capped at low, so they neither warn nor prompt on every install.
    cap = Severity.LOW if result.verdict == "clean" else Severity.CRITICAL
    for f in result.findings:
        if f.severity < Severity.MEDIUM:
            continue
        capped = f.severity > cap
        out.append(
            replace(
                f,
                severity=min(f.severity, cap),
                # the rule's own fix ("do not install ...") is for the uncapped finding
                remediation=CAPPED_FIX if capped else f.remediation,
                check=NAME,
                package=candidate.name,
                version=candidate.version,
                details={"artifact": candidate.filename, "verdict": result.verdict},
            )
        )
    return out


CHECK = Check(
    name=NAME, run=run, prepare=prepare, description=DESCRIPTION, cache_version=CACHE_VERSION
)
