"""Rules: what every finding id means, and the registry that holds them all.

A `Rule` says what a finding's rule id stands for: its title, CWE,
description, fix and default severity, and the `Sample` inputs that test it.
Each part of pipwarden that reports findings declares its rules beside its
code (``RULES`` in the scanner's rule families, the checks, the resolver);
`pipwarden.catalogue` gathers them into the one `Registry` that `pipwarden
rules`, SARIF output and the policy read.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pipwarden.findings import Severity


class Where(enum.Enum):
    """An execution context: what runs the code a finding is in."""

    INSTALL = "install"  # pip building an sdist: setup.py, its helpers, in-tree backends
    IMPORT = "import"  # importing the package: module level and the code it calls
    STARTUP = "startup"  # every interpreter start: .pth files, sitecustomize, what they import
    RUNTIME = "runtime"  # a function the package's user calls
    TEST = "test"  # a test suite
    DOCS = "docs"  # documentation, examples, benchmarks


#: The contexts where code runs merely because the package is installed, imported or
#: started (no call of the user's).
ON_LOAD = (Where.INSTALL, Where.IMPORT, Where.STARTUP)


#: The members of an archive sample, in order (a name may repeat).
Members = tuple[tuple[str, "str | bytes"], ...]


@dataclass(frozen=True)
class Sample:
    """A small input that tests a rule: a positive one fires it, a negative one does not.

    A file sample is the text (or bytes) of one file, scanned as `path` inside a target
    of `kind` (wheel, sdist, zip, folder), which decide its execution context; a
    callable `source` is built only when the test runs (a large input). An archive
    sample (for a rule raised by an archive's structure) is a whole target: `path` is the
    archive's file name and `members` what it holds, or `source` its bytes as they are.
    Samples are defanged (hosts under example.invalid, inert payloads) and only ever
    parsed.
    """

    fires: bool
    source: str | bytes | Callable[[], str | bytes] = ""
    path: str = "pkg/mod.py"
    kind: str = "wheel"
    members: Members = ()
    is_archive: bool = False

    def data(self) -> bytes:
        """The file sample's bytes."""
        source = self.source() if callable(self.source) else self.source
        return source.encode() if isinstance(source, str) else source


def positive(
    source: str | bytes | Callable[[], str | bytes], path: str = "pkg/mod.py", kind: str = "wheel"
) -> Sample:
    """A file sample that fires its rule."""
    return Sample(True, source, path, kind)


def negative(
    source: str | bytes | Callable[[], str | bytes], path: str = "pkg/mod.py", kind: str = "wheel"
) -> Sample:
    """A file sample that does not fire its rule."""
    return Sample(False, source, path, kind)


def archive(fires: bool, path: str, *members: tuple[str, str | bytes], raw: bytes = b"") -> Sample:
    """An archive sample: the archive `path` (``.whl``, ``.zip``, ``.tar.gz``) holding
    `members` in order, as they are written, nothing added (or `raw`, its bytes)."""
    kind = "sdist" if path.endswith(".tar.gz") else "wheel" if path.endswith(".whl") else "zip"
    return Sample(fires, raw, path, kind, tuple(members), is_archive=True)


@dataclass(frozen=True)
class Rule:
    """A rule: its stable dotted id, title, description, fix, default severity and CWE.

    `pattern`, when set, is a regular expression matching finding ids that
    this rule stands for but that are data rather than code (advisory ids such
    as ``PYSEC-2023-74`` for the advisories rule). `severity_in` gives the
    severity in the execution contexts where it differs from `severity`: the
    scanner's engine applies it to the code it places in a context. With
    `whole_file`, it holds for every finding of the rule in a file of that
    context wherever the code sits in it (a paste-site URL anywhere in
    setup.py): `pipwarden.scan.context` raises the file's findings to it.
    `samples` are the positive and negative inputs that test the rule.
    """

    id: str
    title: str
    description: str = ""
    fix: str = ""
    severity: Severity = Severity.MEDIUM
    cwe: str | None = None  # "CWE-94"
    pattern: str | None = None
    severity_in: tuple[tuple[Where, Severity], ...] = ()
    whole_file: bool = False
    samples: tuple[Sample, ...] = ()

    def severity_at(self, where: Where) -> Severity:
        """The rule's severity for code that runs in `where`."""
        for context, severity in self.severity_in:
            if context is where:
                return severity
        return self.severity

    @property
    def example(self) -> Sample | None:
        """The first positive file sample short enough to show (text, under 400
        characters), or None."""
        for s in self.samples:
            source = s.source
            if s.fires and not s.is_archive and isinstance(source, str) and len(source) < 400:
                return s
        return None

    def declares(self, where: Where) -> bool:
        """True when the rule declares a severity of its own for `where`."""
        return any(context is where for context, _ in self.severity_in)

    @property
    def family(self) -> str:
        """The part of the id before its first dot (``names`` for ``names.typosquat``)."""
        return family(self.id)


def family(rule_id: str) -> str:
    """The family of a rule id (the part before the first dot)."""
    return rule_id.split(".", 1)[0]


class DuplicateRule(ValueError):
    """Two declarations share one rule id."""


class Registry:
    """Rules by id, in declaration order; ids are unique."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        self._patterns: list[tuple[re.Pattern[str], Rule]] = []
        for r in rules:
            if r.id in self._rules:
                raise DuplicateRule(f"rule {r.id!r} is declared twice")
            self._rules[r.id] = r
            if r.pattern is not None:
                self._patterns.append((re.compile(r.pattern), r))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, rule_id: object) -> bool:
        return isinstance(rule_id, str) and self.get(rule_id) is not None

    def __getitem__(self, rule_id: str) -> Rule:
        found = self.get(rule_id)
        if found is None:
            raise KeyError(rule_id)
        return found

    def get(self, rule_id: str) -> Rule | None:
        """The rule a finding id stands for: declared with that id, or matched by a pattern."""
        found = self._rules.get(rule_id)
        if found is not None:
            return found
        for pattern, r in self._patterns:
            if pattern.fullmatch(rule_id):
                return r
        return None

    @property
    def ids(self) -> list[str]:
        """Every declared id, in declaration order."""
        return list(self._rules)

    @property
    def families(self) -> set[str]:
        """The families of the declared ids."""
        return {family(i) for i in self._rules}
