"""The registry of checks. A check is a function `(Candidate, VetContext) -> list[Finding]`.

Adding a check is one module in this package and one entry in `registry()`.
A check may also have a `prepare(candidates, ctx)` that runs once per
closure before any `run` (to fetch evidence concurrently, say). What a check
is (`Check`) lives in `pipwarden.checks.interface`, which the checks import.
"""

from __future__ import annotations

from pipwarden.checks.interface import Check, CheckFn, PrepareFn

__all__ = ["Check", "CheckFn", "PrepareFn", "registry"]


def registry() -> list[Check]:
    """All checks, in the order they run."""
    from pipwarden.checks import advisories, code, malware, publishers, sdist
    from pipwarden.checks import names as names_check

    return [
        names_check.CHECK,
        malware.CHECK,
        advisories.CHECK,
        sdist.CHECK,
        code.CHECK,
        publishers.CHECK,
    ]
