"""Shared helpers of the rule families: declaring scanner rules compactly."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import Rule

INFO, LOW, MEDIUM, HIGH, CRITICAL = (
    Severity.INFO,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)


def rule(
    rule_id: str, severity: Severity, cwe: str, title: str, description: str, fix: str
) -> Rule:
    """A scanner rule's declaration."""
    return Rule(
        id=rule_id, title=title, description=description, fix=fix, severity=severity, cwe=cwe
    )
