"""The one vocabulary of pipwarden: findings, severities and verdicts."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How much a finding matters, ordered so that comparisons work."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, text: str) -> Severity:
        """The severity named by `text` (case-insensitive); ValueError otherwise."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        """The lower-case name used in output and configuration."""
        return self.name.lower()


class Verdict(enum.IntEnum):
    """What policy decides for a package, or for a whole request."""

    ALLOW = 0
    WARN = 1
    BLOCK = 2

    @property
    def label(self) -> str:
        """The lower-case name used in output."""
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One piece of evidence against (or about) a package or a file.

    `check` is the check that produced it (names, advisories, sdist, code,
    publishers, environment, integrity); `rule` is a stable dotted id such as
    ``sdist.only-source`` that policy and suppressions refer to.
    """

    check: str
    rule: str
    severity: Severity
    message: str
    package: str | None = None
    version: str | None = None
    file: str | None = None
    line: int | None = None
    evidence: str = ""
    remediation: str = ""
    #: Check-specific structured data (before/after values, advisory ids, ...).
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping; severity as its lower-case name."""
        data = asdict(self)
        data["severity"] = self.severity.label
        if not data["details"]:
            del data["details"]
        return data


def finding_from_json(data: dict[str, Any]) -> Finding:
    """The inverse of `Finding.to_json`."""
    return Finding(
        check=str(data["check"]),
        rule=str(data["rule"]),
        severity=Severity.parse(str(data["severity"])),
        message=str(data["message"]),
        package=data.get("package"),
        version=data.get("version"),
        file=data.get("file"),
        line=data.get("line"),
        evidence=str(data.get("evidence", "")),
        remediation=str(data.get("remediation", "")),
        details=dict(data.get("details", {})),
    )


def worst(findings: list[Finding]) -> Severity | None:
    """The highest severity among `findings`, or None when there are none."""
    return max((f.severity for f in findings), default=None)
