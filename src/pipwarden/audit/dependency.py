"""One dependency as a source states it, and what makes it pinned.

Every source (requirement files, manifests, lock files, environments) yields
`Dependency` records. A dependency that cannot be audited (a URL or VCS
requirement, a local path, an unpinned range) is still yielded, with `skip`
saying why, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError
from pipwarden.pep503 import canonicalize_name

if TYPE_CHECKING:
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet

NOT_PINNED = "not pinned"


@dataclass(frozen=True)
class Dependency:
    """One dependency as a source states it.

    `version` is the exact version when the source pins one. `skip` is None
    for an auditable dependency, otherwise the reason it is not audited
    ("not pinned", "URL requirement", ...). `file`/`line` locate it.
    """

    name: str
    version: str | None
    file: str | None = None
    line: int | None = None
    skip: str | None = None
    #: The requirement as written (for messages and --fix), if it has a text form.
    text: str = ""
    #: True when the line carries --hash options (a fix would invalidate them).
    hashed: bool = False
    #: The PEP 508 requirement, for unpinned ones (what a resolver is asked for).
    requirement: str = ""
    #: How the version was found when the source does not pin it ("resolved by pip").
    via: str | None = None

    @cached_property
    def key(self) -> str:
        """The PEP 503 normalized name."""
        return canonicalize_name(self.name)


class SourceError(PipwardenError):
    """A dependency source that cannot be read (with file and line when known)."""


@dataclass
class Loaded:
    """What one source yielded: its dependencies, and notes for the reader."""

    #: The parser that read it ("requirements", "uv", "environment", ...).
    kind: str
    dependencies: list[Dependency] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def pinned_in(specifier: SpecifierSet) -> str | None:
    """The one version a specifier set allows by pinning it, else None.

    ``==1.2``, ``===1.2``, and sets such as ``>=1,==1.2`` or ``==1.2,==1.2.0``
    whose ``==`` clauses name one version that every other clause allows.
    Wildcards (``==1.*``) and sets that exclude their own pin are not pins.
    """
    specs = list(specifier)
    arbitrary = {s.version for s in specs if s.operator == "==="}
    if arbitrary:  # "===" compares strings: a pin only when every clause is the same one
        only = all(s.operator == "===" for s in specs) and len(arbitrary) == 1
        return arbitrary.pop() if only else None
    exact = [s.version for s in specs if s.operator == "==" and not s.version.endswith(".*")]
    if not exact:
        return None
    try:
        versions = {Version(v) for v in exact}
    except InvalidVersion:
        return None
    if len(versions) != 1:
        return None
    pin = versions.pop()
    if not specifier.contains(pin, prereleases=True):
        return None
    return exact[0]


def pinned_version(req: Requirement) -> str | None:
    """The exact version `req` pins (see `pinned_in`), else None."""
    return pinned_in(req.specifier)


def pin_of(spec: str) -> str | None:
    """The version a bare specifier string (``==1.0``, ``===1.0``) pins, else None."""
    from packaging.specifiers import InvalidSpecifier, SpecifierSet  # only for a specifier

    try:
        return pinned_in(SpecifierSet(spec.strip()))
    except InvalidSpecifier:
        return None


def is_vcs_url(url: str) -> bool:
    """True for ``git+https://…`` and the like."""
    return re.match(r"^(git|hg|svn|bzr)\+", url, re.IGNORECASE) is not None


def from_requirement(
    req: Requirement, file: str | None, line: int | None, text: str = "", hashed: bool = False
) -> Dependency:
    """A Dependency from a PEP 508 requirement."""
    if req.url:
        kind = "VCS requirement" if is_vcs_url(req.url) else "URL requirement"
        return Dependency(req.name, None, file, line, f"{kind} ({req.url}): not auditable", text)
    version = pinned_version(req)
    if version is None:
        spec = str(req.specifier) or "any version"
        return Dependency(
            req.name, None, file, line, f"{NOT_PINNED} ({spec})", text, hashed, str(req)
        )
    return Dependency(req.name, version, file, line, None, text, hashed)
