"""The one registry of rules: every rule id any part of pipwarden can report.

Gathered from the declarations beside the code that reports them: the
resolver's (integrity, dynamic sdist metadata), each check's (the scanner's
rule families for ``code``), one ``<check>.error`` rule per check for a check
that could not finish, and the repository posture checks of ``policy check``.
`pipwarden rules`, SARIF output and the policy's validation read it.
"""

from __future__ import annotations

from functools import lru_cache

from pipwarden.checks import Check
from pipwarden.checks import registry as checks
from pipwarden.checks.names import RULES as NAME_RULES
from pipwarden.checks.names import SCAN_RULES
from pipwarden.disclosure.posture import RULES as POSTURE_RULES
from pipwarden.findings import Severity
from pipwarden.resolve import RULES as RESOLVER_RULES
from pipwarden.rules import Registry, Rule


def error_rule(check: Check) -> Rule:
    """The rule of the finding a check yields when it cannot finish (it fails closed)."""
    return Rule(
        f"{check.name}.error",
        f"The {check.name} check could not finish",
        f"The {check.name} check raised an error or ran out of its budget, so the package was "
        'not fully vetted. It blocks, or warns with on-error = "warn".',
        "Review the package by hand, then allow it by name; please report the error.",
        Severity.CRITICAL,
    )


def scanner_rules() -> list[Rule]:
    """The rules `pipwarden scan` reports: the ``code`` check's, and the ``names``
    check's about an archive's own name."""
    code = [r for check in checks() if check.name == "code" for r in check.rules]
    return [*code, *(NAME_RULES[r] for r in SCAN_RULES)]


@lru_cache(maxsize=1)
def registry() -> Registry:
    """Every rule, checks in the order they run, then the resolver's and posture's."""
    rules: list[Rule] = []
    for check in checks():
        rules += check.rules
        rules.append(error_rule(check))
    return Registry([*rules, *RESOLVER_RULES, *POSTURE_RULES])
