"""The verdict on scanned code (clean / suspicious / malicious), one function of
the findings and the context they are judged in.

| verdict      | when                                                              |
|--------------|-------------------------------------------------------------------|
| `malicious`  | a critical finding (each critical rule is itself a combination,   |
|              | such as decoded data reaching exec)                               |
| `suspicious` | a high finding; or medium findings of three different rule        |
|              | families in one file (``archive`` and ``parse`` do not count)     |
| `clean`      | anything else                                                     |

The context says what the verdict is for. `SCAN` (``pipwarden scan``)
keeps every finding as it is. `INSTALL` (the ``code`` check deciding an
install) keeps the findings at medium and above, and on a clean target caps
them at low: single medium findings stay on record but neither warn nor
block; the policy turns what is left into allow / warn / block.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from pipwarden.findings import Finding, Severity
from pipwarden.rules import family

Level = Literal["clean", "suspicious", "malicious"]
CLEAN: Level = "clean"
SUSPICIOUS: Level = "suspicious"
MALICIOUS: Level = "malicious"
LEVELS: tuple[Level, ...] = (CLEAN, SUSPICIOUS, MALICIOUS)

#: Families whose medium findings say how an artifact is built, not what its code does.
CONTAINER_FAMILIES = frozenset({"archive", "parse"})
#: Medium findings of this many families in one file make it suspicious.
MEDIUM_FAMILIES = 3


@dataclass(frozen=True)
class Context:
    """What a verdict is for: the findings it keeps, and the cap on a clean target."""

    name: str
    #: Findings below this severity are left out of the judged findings.
    keep_from: Severity = Severity.INFO
    #: On a clean target, findings are capped at this severity (None: not capped).
    clean_cap: Severity | None = None
    #: The fix a capped finding says instead of its rule's ("do not install ..." is
    #: for the uncapped finding).
    capped_fix: str = ""


SCAN = Context("scan")
INSTALL = Context(
    "install",
    keep_from=Severity.MEDIUM,
    clean_cap=Severity.LOW,
    capped_fix=(
        "none needed to install: the artifact as a whole was judged clean; "
        "review this spot if the package is new to you"
    ),
)


@dataclass(frozen=True)
class Judgement:
    """A verdict and the findings behind it, as they count in the context."""

    verdict: Level
    findings: list[Finding] = field(default_factory=list)


def level(findings: Iterable[Finding]) -> Level:
    """The verdict of the table above on `findings`."""
    findings = list(findings)
    if any(f.severity >= Severity.CRITICAL for f in findings):
        return MALICIOUS
    if any(f.severity >= Severity.HIGH for f in findings):
        return SUSPICIOUS
    per_file: dict[str | None, set[str]] = {}
    for f in findings:
        if f.severity == Severity.MEDIUM and family(f.rule) not in CONTAINER_FAMILIES:
            per_file.setdefault(f.file, set()).add(family(f.rule))
    if any(len(families) >= MEDIUM_FAMILIES for families in per_file.values()):
        return SUSPICIOUS
    return CLEAN


def judge(findings: Iterable[Finding], context: Context = SCAN) -> Judgement:
    """The verdict on `findings`, and the findings kept and capped for `context`."""
    findings = list(findings)
    verdict = level(findings)
    kept = [f for f in findings if f.severity >= context.keep_from]
    cap = context.clean_cap if verdict == CLEAN else None
    if cap is not None:
        kept = [
            replace(f, severity=cap, remediation=context.capped_fix or f.remediation)
            if f.severity > cap
            else f
            for f in kept
        ]
    return Judgement(verdict, kept)
