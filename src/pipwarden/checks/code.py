"""The code check (T5): static analysis of every file of an artifact before install.

Runs the scanner (`pipwarden.scan`) on the fetched artifact and reports its
findings at medium severity and above; the policy turns them into a verdict.
Low findings (pickle use, parse failures of old files) matter when guarding a
repository with `pipwarden scan`, not when deciding an install, so they are
left out here.
"""

from __future__ import annotations

from dataclasses import replace

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import Check
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.scan import scan_target

NAME = "code"
DESCRIPTION = "Static analysis of the artifact's code: payloads, exfiltration, install hooks (T5)."
#: Bump when rules change: findings are cached per artifact sha256.
CACHE_VERSION = "code-1"


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings of the static analyser for the candidate's artifact."""
    if candidate.path is None:
        return []
    try:
        result = scan_target(candidate.path)
    except PipwardenError as exc:
        return [
            Finding(
                check=NAME,
                rule="archive.corrupt",
                severity=Severity.MEDIUM,
                message=f"artifact could not be read: {exc}",
                package=candidate.name,
                version=candidate.version,
                file=candidate.filename,
            )
        ]
    out = []
    for f in result.findings:
        if f.severity < Severity.MEDIUM:
            continue
        out.append(
            replace(
                f,
                check=NAME,
                package=candidate.name,
                version=candidate.version,
                details={"artifact": candidate.filename, "verdict": result.verdict},
            )
        )
    return out


CHECK = Check(name=NAME, run=run, description=DESCRIPTION, cache_version=CACHE_VERSION)
