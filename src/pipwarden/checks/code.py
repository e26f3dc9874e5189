"""The code check (T5): static analysis of every file of an artifact before install.

Runs the scanner (`pipwarden.scan`) on the fetched artifact and reports its
findings at medium severity and above; the policy turns them into a verdict.
An artifact the scanner cannot read, or cannot read whole within its time and
memory budget, is a high finding (it blocks by default).
Which findings count, and how much, is `pipwarden.verdict.judge` in its
install context: low findings (pickle use, parse failures of old files)
matter when guarding a repository with `pipwarden scan`, not when deciding an
install, so they are left out; on a target judged clean, the rest are capped
at low.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from pipwarden import checkcache
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.scan import TargetResult, scan_target
from pipwarden.scan.rules import CATALOGUE
from pipwarden.verdict import INSTALL, judge

NAME = "code"
DESCRIPTION = "Static analysis of the artifact's code: payloads, exfiltration, install hooks (T5)."


def _scanner_fingerprint() -> str:
    """A digest of the scanner's own source, of the verdict and of this check: cached
    findings die with any change to a rule or to how findings are judged."""
    import hashlib

    import pipwarden.scan
    import pipwarden.verdict

    digest = hashlib.sha256()
    root = Path(pipwarden.scan.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    for path in (Path(pipwarden.verdict.__file__), Path(__file__)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Findings are cached per artifact sha256 under this version.
CACHE_VERSION = f"code-2-{_scanner_fingerprint()}"  # -2: capped findings get their own fix


_SCRATCH = "code.results"


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
    judged = judge(result.findings, INSTALL)
    return [
        replace(
            f,
            check=NAME,
            package=candidate.name,
            version=candidate.version,
            details={"artifact": candidate.filename, "verdict": judged.verdict},
        )
        for f in judged.findings
    ]


CHECK = Check(
    name=NAME,
    run=run,
    prepare=prepare,
    description=DESCRIPTION,
    cache_version=CACHE_VERSION,
    rules=tuple(CATALOGUE),
)
