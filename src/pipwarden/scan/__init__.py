"""Static analysis of package code: archives, folders and installed distributions.

`scan_target(path)` reads a target safely (see `archive`), runs the engine
over every member and returns a `TargetResult` with a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipwarden.findings import Finding, Severity
from pipwarden.scan.archive import DEFAULT_LIMITS, Contents, Limits, open_installed, open_target
from pipwarden.scan.engine import FileContext, analyse_member
from pipwarden.scan.rules import family

__all__ = ["TargetResult", "scan_contents", "scan_installed", "scan_target", "verdict"]

CLEAN, SUSPICIOUS, MALICIOUS = "clean", "suspicious", "malicious"


@dataclass(frozen=True)
class TargetResult:
    """The outcome of scanning one target: verdict, findings (file = path inside it), error."""

    target: str
    verdict: str  # "clean" | "suspicious" | "malicious"
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    #: Files analysed (members read).
    files: int = 0


def verdict(findings: list[Finding]) -> str:
    """clean / suspicious / malicious from severities and combinations.

    Malicious needs a critical finding (each critical rule is itself a
    source-to-sink combination such as decoded data reaching exec). Suspicious
    needs a high finding, or medium findings from three different families in
    one file (unrelated mediums spread over a large package do not add up).
    """
    if any(f.severity >= Severity.CRITICAL for f in findings):
        return MALICIOUS
    if any(f.severity >= Severity.HIGH for f in findings):
        return SUSPICIOUS
    per_file: dict[str | None, set[str]] = {}
    for f in findings:
        if f.severity == Severity.MEDIUM and family(f.rule) not in ("archive", "parse"):
            per_file.setdefault(f.file, set()).add(family(f.rule))
    if any(len(families) >= 3 for families in per_file.values()):
        return SUSPICIOUS
    return CLEAN


def scan_contents(contents: Contents) -> TargetResult:
    """Analyse every member of opened `contents`."""
    findings: list[Finding] = []
    files = 0
    for member in contents.members:
        files += 1
        ctx = FileContext(member.name, contents.kind, contents.pure)
        findings.extend(analyse_member(ctx, member.data))
    findings = [*contents.issues, *findings]
    return TargetResult(contents.target, verdict(findings), findings, None, files)


def scan_target(
    path: Path, limits: Limits = DEFAULT_LIMITS, *, only: list[str] | None = None
) -> TargetResult:
    """Scan an archive file, a folder or a single file.

    Raises PipwardenError when `path` does not exist. `only` restricts a folder
    to the given relative paths.
    """
    return scan_contents(open_target(Path(path), limits, only=only))


def scan_installed(name: str, limits: Limits = DEFAULT_LIMITS) -> TargetResult:
    """Scan the files of an installed distribution of this interpreter."""
    return scan_contents(open_installed(name, limits))
