"""Dependencies a wheel's or an sdist's metadata declares, and those named like
standard-library modules (`Fact.STDLIB_DEPENDENCY`).

pip installs a dependency from the index by its name, and a standard-library
module is never on PyPI under its own name (the index refuses those names): a
package that declares ``os``, ``subprocess`` or ``webbrowser`` as a dependency
lists the modules it imports, the way a throwaway upload does, and could not
even be installed from PyPI as published. Backports that are real projects
(``typing``, ``dataclasses``, ``argparse``) are in the popular-names corpus and
are left alone (`pipwarden.names.detect`).

Read from the core metadata's ``Requires-Dist`` fields (`pipwarden.scan.core_metadata`,
its header as `pipwarden.scan.placeholder.metadata_header` cuts it) and from an sdist's
``*.egg-info/requires.txt`` (older setuptools write dependencies only there);
nothing is built or run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from packaging.utils import canonicalize_name

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.names.detect import default_detector, stdlib_module
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import observe
from pipwarden.scan.placeholder import metadata_header

#: The distribution name at the head of a Requires-Dist field (PEP 508).
_REQUIRES_DIST = re.compile(
    rb"^Requires-Dist:[ \t]*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?)",
    re.MULTILINE | re.IGNORECASE,
)
#: ... and at the head of a line of requires.txt (sections in brackets and comments are
#: skipped by the pattern: they start with neither a letter nor a digit).
_REQUIREMENT_LINE = re.compile(
    rb"^[ \t]*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?)", re.MULTILINE
)
#: Most dependency names read from one target (real projects declare tens).
MAX_NAMES = 512
#: Most bytes of requires.txt read.
_REQUIRES_TXT_BYTES = 64 * 1024


@dataclass
class Declared:
    """The dependencies a target's metadata declares, gathered as its members are read:
    name -> the member that declares it (the first one)."""

    kind: str
    names: dict[str, str] = field(default_factory=dict)

    def add(self, member: str, data: bytes, *, metadata: bool = False) -> None:
        """Note member `member` holding `data`; `metadata`: it is the core metadata."""
        if self.kind not in ("wheel", "sdist", "zip"):
            return
        if metadata:  # Requires-Dist fields are in the header
            self._note(member, _REQUIRES_DIST.findall(metadata_header(data)))
            return
        if not member.endswith(".egg-info/requires.txt"):
            return
        if member.count("/") <= 3:  # <root>/[src/]<name>.egg-info/requires.txt
            self._note(member, _REQUIREMENT_LINE.findall(data[:_REQUIRES_TXT_BYTES]))

    def _note(self, member: str, found: list[bytes]) -> None:
        for raw in found:
            if len(self.names) >= MAX_NAMES:
                return
            name = canonicalize_name(raw.decode("ascii", "replace"))
            self.names.setdefault(name, member)

    def findings(self) -> list[Finding]:
        """A finding for each declared dependency named like a standard-library module."""
        out: list[Finding] = []
        for name, member in sorted(self.names.items()):
            module = stdlib_module(name)
            if module is None or not _stdlib_named(name):
                continue
            out.extend(
                observe(
                    Fact.STDLIB_DEPENDENCY,
                    f"declares a dependency on '{name}', named like the standard-library "
                    f"module '{module}', which is never installed from PyPI",
                    member,
                    evidence=name,
                )
            )
        return out


def _stdlib_named(name: str) -> bool:
    """Whether `name` (canonical, named like a standard-library module) is no project of
    the popular-names corpus (``typing``, ``dataclasses`` and ``asyncio`` are); False when
    the corpus cannot be read (no finding)."""
    try:
        return name not in default_detector().by_name
    except PipwardenError:
        return False
