"""Which packages the cooldown held back: a newer release exists, too young to be used.

pip is given ``--uploaded-prior-to`` (the policy's cooldown); when that made
it choose an older release than it otherwise would, the output says so,
from the upload times (PEP 700) on the project pages the index serves.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import (
    canonicalize_name,
)
from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError
from pipwarden.index import IndexClient, IndexFile
from pipwarden.resolve import Resolved
from pipwarden.wording import plural
from pipwarden.youngfix import age

#: Concurrent project-page look-ups.
WORKERS = 16


@dataclass(frozen=True)
class HeldBack:
    """A package for which pip used `used` because `newest` is younger than the cut-off."""

    name: str
    newest: str
    uploaded: dt.datetime
    used: str
    #: The policy's cooldown; None when ``--uploaded-prior-to`` set the cut-off.
    cooldown_days: int | None
    cutoff: dt.datetime
    now: dt.datetime

    def sentence(self) -> str:
        """``httpx 0.29.0 is 2 days old; using 0.28.1 (cooldown 7 days)``."""
        why = (
            f"cooldown {plural(self.cooldown_days, 'day')}"
            if self.cooldown_days
            else f"uploaded after {self.cutoff:%Y-%m-%d %H:%M} UTC"
        )
        old = age(self.now - self.uploaded)
        return f"{self.name} {self.newest} is {old} old; using {self.used} ({why})"

    def to_json(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "name": self.name,
            "newest": self.newest,
            "uploaded": self.uploaded.isoformat(),
            "used": self.used,
            "cooldown_days": self.cooldown_days,
            "cutoff": self.cutoff.isoformat(),
        }


def _requirements(lines: Iterable[str]) -> list[Requirement]:
    """The named requirements among requirement-file lines (options and comments skipped)."""
    out = []
    for raw in lines:
        line = raw.split(" #", 1)[0].split(" --", 1)[0].strip()  # pipwarden's own lines
        if not line or line.startswith(("-", "#")):
            continue
        try:
            out.append(Requirement(line))
        except InvalidRequirement:
            continue
    return out


def _applies(req: Requirement) -> bool:
    """The requirement's marker holds here, or cannot be told (then it counts)."""
    if req.marker is None or "extra" in str(req.marker):
        return True
    try:
        return req.marker.evaluate()
    except (UndefinedComparison, UndefinedEnvironmentName):
        return True


def request_lines(files: Sequence[str], requirements: Sequence[str]) -> list[str]:
    """The requirement lines pip was given: the named ones and those of the files."""
    lines = list(requirements)
    for name in files:
        try:
            lines += Path(name).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
    return lines


def specifiers(packages: Sequence[Resolved], lines: Sequence[str]) -> dict[str, SpecifierSet]:
    """What the request and the closure's own dependencies ask of each project's version."""
    reqs = _requirements(lines)
    for p in packages:
        deps = p.metadata.get("requires_dist") or []
        reqs += _requirements(d for d in deps if isinstance(d, str))
    out: dict[str, SpecifierSet] = {}
    for req in reqs:
        if req.url or not _applies(req):
            continue
        key = canonicalize_name(req.name)
        out[key] = out.get(key, SpecifierSet()) & req.specifier
    return out


def target_python(python: Path | None) -> Version | None:
    """The target interpreter's version, from its pyvenv.cfg, or this one's; None if unknown."""
    if python is None:
        return Version(".".join(map(str, sys.version_info[:3])))
    cfg = python.absolute().parent.parent / "pyvenv.cfg"
    try:
        text = cfg.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(r"^\s*(?:version|version_info)\s*=\s*(\d+\.\d+(?:\.\d+)?)", text, re.M)
    try:
        return Version(m.group(1)) if m else None
    except InvalidVersion:
        return None


def newest_held(
    p: Resolved,
    files: Sequence[IndexFile],
    spec: SpecifierSet,
    *,
    cutoff: dt.datetime,
    pre: bool,
    python: Version | None,
) -> tuple[Version, dt.datetime] | None:
    """The newest release pip could have used but for the cut-off, with its upload time."""
    try:
        used = Version(p.version)
    except InvalidVersion:
        return None
    allow_pre = pre or used.is_prerelease
    best: tuple[Version, dt.datetime] | None = None
    for f in files:
        v = f.version
        if v is None or v <= used or f.yanked:
            continue
        if not f.is_wheel and p.sdist is None:  # wheels only, unless pip took an sdist
            continue
        if not spec.contains(v, prereleases=allow_pre):
            continue
        if python is not None and f.requires_python:
            try:
                if not SpecifierSet(f.requires_python).contains(python, prereleases=True):
                    continue
            except InvalidSpecifier:
                continue
        when = f.uploaded
        if when is None:
            continue
        if best is None or v > best[0] or (v == best[0] and when < best[1]):
            best = (v, when)
    if best is None or best[1] <= cutoff:
        return None
    return best


def _younger_release(
    p: Resolved, releases: Sequence[tuple[str, dt.datetime | None]], cutoff: dt.datetime
) -> bool:
    """Some release newer than `p`'s was first uploaded after `cutoff`."""
    try:
        used = Version(p.version)
    except InvalidVersion:
        return False
    for version, uploaded in releases:
        if uploaded is None or uploaded <= cutoff:
            continue
        try:
            if Version(version) > used:
                return True
        except InvalidVersion:
            continue
    return False


def held_back(
    packages: Sequence[Resolved],
    index: IndexClient,
    *,
    cutoff: dt.datetime,
    cooldown_days: int | None,
    lines: Sequence[str] = (),
    pre: bool = False,
    python: Version | None = None,
    now: dt.datetime | None = None,
    seen: Mapping[str, Sequence[tuple[str, dt.datetime | None]]] | None = None,
) -> list[HeldBack]:
    """Every package of `packages` for which a release newer than the chosen one, allowed
    by the request, was left out only because it was uploaded after `cutoff`.

    `seen` (normalized name → (version, first upload) of each release, as the
    publishers check read them) spares the project-page look-up of every package
    that has no release newer than the chosen one uploaded after `cutoff`.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    spec = specifiers(packages, lines)
    todo = [
        p
        for p in packages
        if not p.direct
        and p.url.startswith(("http://", "https://"))
        and (seen is None or _younger_release(p, seen.get(canonicalize_name(p.name), ()), cutoff))
    ]

    def one(p: Resolved) -> HeldBack | None:
        try:
            found = index.find_project(p.name)
        except PipwardenError:
            return None
        if found is None:
            return None
        key = canonicalize_name(p.name)
        got = newest_held(
            p, found[1], spec.get(key, SpecifierSet()), cutoff=cutoff, pre=pre, python=python
        )
        if got is None:
            return None
        return HeldBack(p.name, str(got[0]), got[1], p.version, cooldown_days, cutoff, now)

    if not todo:
        return []
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(todo))) as pool:
        return [h for h in pool.map(one, todo) if h is not None]
