"""What a check is: a function `(Candidate, VetContext) -> list[Finding]`, with its rules.

The check modules of this package each define one `Check`; `registry()` in
`pipwarden.checks` lists them in the order they run.
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
