"""The registry of checks. A check is a function `(Candidate, VetContext) -> list[Finding]`.

Adding a check is one module in this package and one entry in `REGISTRY`.
A check may also have a `prepare(candidates, ctx)` that runs once per
closure before any `run` (to fetch evidence concurrently, say).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipwarden.candidate import Candidate, VetContext
from pipwarden.findings import Finding
from pipwarden.rules import Rule

CheckFn = Callable[[Candidate, VetContext], list[Finding]]
PrepareFn = Callable[[Sequence[Candidate], VetContext], None]


@dataclass(frozen=True)
class Check:
    """A named check with its function and optional closure-wide preparation."""

    name: str
    run: CheckFn
    prepare: PrepareFn | None = None
    description: str = ""
    #: For checks whose findings depend only on the artifact's bytes: a version
    #: string of the check's logic. Results are then cached per artifact sha256
    #: (change the string when the rules change).
    cache_version: str | None = None
    #: Work that needs no candidate (loading an index, say), run in a background
    #: thread while pip resolves, so that it costs no wall time.
    warm: Callable[[], object] | None = None
    #: Every rule whose findings the check reports (but ``<name>.error``, which
    #: the pipeline reports for it when it cannot finish).
    rules: tuple[Rule, ...] = ()


def registry() -> list[Check]:
    """All checks, in the order they run."""
    from pipwarden.checks import advisories, code, publishers, sdist
    from pipwarden.checks import names as names_check

    return [
        names_check.CHECK,
        advisories.CHECK,
        sdist.CHECK,
        code.CHECK,
        publishers.CHECK,
    ]
