"""Shared helpers of the rule families: building RuleInfo entries compactly."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.report.sarif import RuleInfo

INFO, LOW, MEDIUM, HIGH, CRITICAL = (
    Severity.INFO,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)


def rule(
    rule_id: str, severity: Severity, cwe: str, title: str, description: str, fix: str
) -> RuleInfo:
    """A catalogue entry."""
    return RuleInfo(
        id=rule_id, title=title, description=description, fix=fix, severity=severity, cwe=cwe
    )
