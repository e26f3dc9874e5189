"""Shared helpers of the rule families: declaring scanner rules compactly."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Rule, Sample, Where, archive, negative, positive

INFO, LOW, MEDIUM, HIGH, CRITICAL = (
    Severity.INFO,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)


def rule(
    rule_id: str,
    severity: Severity,
    cwe: str,
    title: str,
    description: str,
    fix: str,
    *,
    severity_in: Mapping[Where, Severity] | None = None,
    whole_file: bool = False,
    samples: Iterable[Sample] = (),
) -> Rule:
    """A scanner rule's declaration; `severity_in`: its severity in the execution
    contexts where it differs from `severity` (for every finding in a file of that
    context with `whole_file`); `samples`: the positive and negative inputs that test it
    (`positive`, `negative`, `archive`)."""
    return Rule(
        id=rule_id,
        title=title,
        description=description,
        fix=fix,
        severity=severity,
        cwe=cwe,
        severity_in=tuple((severity_in or {}).items()),
        whole_file=whole_file,
        samples=tuple(samples),
    )


def on_load(severity: Severity) -> dict[Where, Severity]:
    """`severity` wherever code runs merely because the package is installed, imported or
    started (install, import, start-up)."""
    return dict.fromkeys(ON_LOAD, severity)


def at_runtime(severity: Severity) -> dict[Where, Severity]:
    """`severity` in functions that run only when the package's user calls them."""
    return {Where.RUNTIME: severity}


__all__ = [
    "CRITICAL",
    "HIGH",
    "INFO",
    "LOW",
    "MEDIUM",
    "Sample",
    "archive",
    "at_runtime",
    "negative",
    "on_load",
    "positive",
    "rule",
]
