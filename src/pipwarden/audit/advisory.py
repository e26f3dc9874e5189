"""One OSV advisory as it concerns one package, and its version ranges.

Matching follows the OSV schema's evaluation rules for ``ECOSYSTEM`` ranges
(``introduced``/``fixed``/``last_affected``/``limit`` events, sorted by
version, ``introduced: "0"`` before everything) and explicit ``versions``
lists, with PEP 440 ordering and equality. `pipwarden.audit.osv` re-exports
every name here.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from packaging.version import InvalidVersion, Version

from pipwarden.findings import Severity

# At equal versions, `introduced` sorts first: [X, X) is empty, [X, X] is X.
_KIND_ORDER = {"introduced": 0, "fixed": 1, "last_affected": 1, "limit": 1}


# ---------------------------------------------------------------------------
# Version ranges
# ---------------------------------------------------------------------------
class InvalidRange(ValueError):
    """An ECOSYSTEM range whose events are not PEP 440 versions."""


@lru_cache(maxsize=65536)
def parse_version(text: str) -> Version:
    """A PEP 440 version (cached: advisories repeat the same few boundaries)."""
    return Version(text)


@dataclass(frozen=True)
class CompiledRange:
    """One ECOSYSTEM range as a step function over the version line.

    `points` are the distinct event versions in order; `at[i]` says whether
    exactly `points[i]` is affected and `after[i]` whether the versions
    strictly between `points[i]` and `points[i+1]` are. Below the first
    point nothing is affected, unless `from_zero` (``introduced: "0"``).
    """

    points: tuple[Version, ...]
    at: tuple[bool, ...]
    after: tuple[bool, ...]
    from_zero: bool
    limits: tuple[Version, ...] | None  # None: no limit events (implicit "*")

    def contains(self, version: Version) -> bool:
        """True when `version` lies within this range."""
        if self.limits is not None and not any(version < lim for lim in self.limits):
            return False
        i = bisect.bisect_right(self.points, version) - 1
        if i < 0:
            return self.from_zero
        if self.points[i] == version:
            return self.at[i]
        return self.after[i]


def compile_range(events: Iterable[tuple[str, str]]) -> CompiledRange:
    """Compile ``(kind, version)`` events; InvalidRange if a version is not PEP 440.

    The result agrees with the OSV evaluation pseudocode for every version:
    sort the events, then ``introduced`` sets "affected" when v >= it,
    ``fixed`` clears it when v >= it, ``last_affected`` clears it when v > it.
    """
    ordinary: list[tuple[Version, int, str]] = []
    limits: list[Version] = []
    has_limit = False
    unlimited = False  # a "*" limit is infinity: every version is below it
    from_zero = False
    for kind, text in events:
        if kind == "limit":
            has_limit = True
            if "*" in text:
                unlimited = True
            else:
                limits.append(_strict(text))
            continue
        if kind == "introduced" and text == "0":
            from_zero = True
            continue
        ordinary.append((_strict(text), _KIND_ORDER[kind], kind))
    ordinary.sort(key=lambda e: (e[0], e[1]))
    points: list[Version] = []
    at: list[bool] = []
    after: list[bool] = []
    state = from_zero
    i = 0
    while i < len(ordinary):
        version = ordinary[i][0]
        group = []
        while i < len(ordinary) and ordinary[i][0] == version:
            group.append(ordinary[i][2])
            i += 1
        # Exactly at `version`: introduced and fixed fire, last_affected does not.
        state_at = state
        for kind in group:
            if kind == "introduced":
                state_at = True
            elif kind == "fixed":
                state_at = False
        # Just above `version`: every event of the group fires, in order.
        for kind in group:
            state = kind == "introduced"
        points.append(version)
        at.append(state_at)
        after.append(state)
    return CompiledRange(
        tuple(points),
        tuple(at),
        tuple(after),
        from_zero,
        tuple(limits) if has_limit and not unlimited else None,
    )


def _strict(text: str) -> Version:
    try:
        return parse_version(text)
    except InvalidVersion:
        raise InvalidRange(f"not a PEP 440 version: {text!r}") from None


# ---------------------------------------------------------------------------
# Advisories
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Affected:
    """What one ``affected`` entry says about a package: ranges and listed versions."""

    ranges: tuple[CompiledRange, ...]
    versions: frozenset[str]  # canonicalized (1.0 == 1.0.0)

    def contains(self, version: str) -> bool:
        """True when `version` is listed or lies within one of the ranges."""
        return self.contains_parsed(canonical(version), _parsed_or_none(version))

    def contains_parsed(self, canon: str, parsed: Version | None) -> bool:
        """`contains` for a version already canonicalized (and parsed, None if invalid)."""
        if canon in self.versions:
            return True
        if parsed is None:
            return False
        return any(r.contains(parsed) for r in self.ranges)


_PLAIN_RELEASE = re.compile(r"^[0-9]+(?:\.[0-9]+)*$")


@lru_cache(maxsize=65536)
def canonical(version: str) -> str:
    """The PEP 440 canonical form used for `versions` lists (1.0.0 -> 1).

    `packaging.utils.canonicalize_version` (tested equal), without importing
    packaging.utils: an invalid version is returned unaltered.
    """
    if _PLAIN_RELEASE.match(version):  # the common case, without a full parse
        parts = [str(int(p)) for p in version.split(".")]
        while len(parts) > 1 and parts[-1] == "0":
            parts.pop()
        return ".".join(parts)
    parsed = _parsed_or_none(version)
    if parsed is None:
        return version
    release = list(parsed.release)
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    text = f"{parsed.epoch}!" if parsed.epoch else ""
    text += ".".join(map(str, release))
    if parsed.pre is not None:
        text += f"{parsed.pre[0]}{parsed.pre[1]}"
    if parsed.post is not None:
        text += f".post{parsed.post}"
    if parsed.dev is not None:
        text += f".dev{parsed.dev}"
    if parsed.local is not None:
        text += f"+{parsed.local}"
    return text


@lru_cache(maxsize=65536)
def _parsed_or_none(version: str) -> Version | None:
    try:
        return Version(version)
    except InvalidVersion:
        return None


@dataclass(frozen=True)
class Advisory:
    """One advisory as it concerns one package."""

    id: str
    package: str
    aliases: tuple[str, ...]
    summary: str
    details: str
    severity: Severity
    #: Where `severity` comes from: "CVSS_V3"/"CVSS_V4"/"CVSS_V2", "database" or "unknown".
    severity_source: str
    score: float | None
    vector: str | None
    fixed: tuple[str, ...]
    modified: str
    published: str | None
    references: tuple[str, ...]
    affected: tuple[Affected, ...] = field(repr=False)
    #: Where the severity was found: "record" (its own CVSS vector), "alias" (the
    #: CVSS vector of an alias in the same export), "database_specific" (a
    #: database's own label, GHSA's ``MODERATE``...) or "unknown" (treated as high).
    severity_origin: str = "unknown"
    #: The id of the record the severity was read from (None when unknown).
    severity_origin_id: str | None = None
    #: `known_versions`, or the JSON array of them as stored (read when first asked for).
    known: tuple[str, ...] | str = field(default=(), repr=False, compare=False)

    @cached_property
    def known_versions(self) -> tuple[str, ...]:
        """Every version the advisory names for this package (events and lists), sorted."""
        if isinstance(self.known, str):
            return tuple(json.loads(self.known))
        return self.known

    def affects(self, version: str) -> bool:
        """True when `version` of the package is affected."""
        return self.affects_parsed(canonical(version), _parsed_or_none(version))

    def affects_parsed(self, canon: str, parsed: Version | None) -> bool:
        """`affects` for a version already canonicalized (and parsed, None if invalid)."""
        return any(a.contains_parsed(canon, parsed) for a in self.affected)

    @property
    def ids(self) -> tuple[str, ...]:
        """The id followed by its aliases."""
        return (self.id, *self.aliases)
