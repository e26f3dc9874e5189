"""The release cooldown's one exception: a security fix for the version the user has.

The cooldown (policy ``cooldown-days``) reaches pip as ``--uploaded-prior-to``,
which holds back every young file of the whole resolution, security fixes
included. A young release that fixes what the user has (`pipwarden.youngfix`:
an advisory names it as fixed and affects the version installed in the target,
else the newest release outside the cooldown) is let through, in two cases:

- pip chose a version that is still affected while such a fix exists (a range
  request, or a version installed in the target);
- nothing old enough satisfied the request (it pins the young fix, as after a
  bump of ``django==5.2.8`` to ``django==5.2.9`` in a requirements or
  constraints file), which used to drop the cooldown for the whole resolution.

The fix's wheels for the target, fetched and checked against the index's
sha256, are offered to pip in a private ``--find-links`` folder, and pip
resolves again with the cut-off kept. pip (26) applies the upload-time filter
to index links only, never to local files (``LinkEvaluator.evaluate_link``:
``not link.is_file``), so pip stays the resolver and every other project, and
every other young release of the same project, stays behind the cutoff. The
chosen files are then reported under their index URLs, like any other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packaging.specifiers import SpecifierSet
from packaging.utils import (
    InvalidWheelFilename,
    canonicalize_name,
    parse_wheel_filename,
)
from packaging.version import Version

from pipwarden.audit.osv import Advisory, AdvisoryDB
from pipwarden.environment import Target
from pipwarden.errors import RunInputError
from pipwarden.findings import Finding, Severity
from pipwarden.installed import present
from pipwarden.resolve import Resolution, Resolved, Resolver
from pipwarden.youngfix import (
    INSTALLED,
    OUTSIDE_COOLDOWN,
    fixes,
    fixes_above,
    is_young,
    parse,
    sentence,
    settled,
)

if TYPE_CHECKING:
    from pipwarden.index import IndexClient, IndexFile

RULE = "publishers.cooldown-fix"

#: Resolutions again at most (each lets at least one more project's fix through).
MAX_ROUNDS = 8


@dataclass(frozen=True)
class Exemption:
    """A young release let through the cooldown because it fixes what the user has."""

    name: str
    version: str
    #: The affected version the user has.
    have: str
    #: The advisories affecting `have` that `version` fixes.
    fixes: tuple[str, ...]
    uploaded: dt.datetime
    files: tuple[IndexFile, ...] = dataclasses.field(repr=False, default=())
    #: Where `have` comes from: ``installed`` in the target, or the
    #: ``newest-outside-cooldown`` release (what the cooldown would give).
    have_is: str = INSTALLED

    @property
    def key(self) -> str:
        """The PEP 503 normalized project name."""
        return canonicalize_name(self.name)

    def reason(self, now: dt.datetime | None = None) -> str:
        """``django 5.2.9 is 2 days old; allowed: it fixes PYSEC-… affecting 5.2.8``."""
        old = (now or dt.datetime.now(dt.timezone.utc)) - self.uploaded
        return sentence(self.name, self.version, old, self.fixes, self.have, self.have_is)

    def to_json(self) -> dict[str, object]:
        """A JSON-ready mapping (``affected_is``: ``installed`` or ``newest-outside-cooldown``)."""
        return {
            "name": self.name,
            "version": self.version,
            "uploaded": self.uploaded.isoformat(),
            "fixes": list(self.fixes),
            "affected": self.have,
            "affected_is": self.have_is,
            "reason": self.reason(),
        }


def wanted_fixes(
    chosen: Version, have: str, advisories: Iterable[Advisory]
) -> dict[Version, list[str]]:
    """The fixed releases above `chosen` of advisories affecting both `have` and `chosen`,
    each with the ids it fixes (`youngfix.fixes_above`)."""
    return fixes_above(chosen, have, list(advisories))


def find(
    packages: Sequence[Resolved],
    have: Mapping[str, str],
    advisories: Mapping[str, list[Advisory]],
    files_of: Mapping[str, list[IndexFile]],
    cutoff: dt.datetime,
    tags: frozenset[str],
    *,
    have_is: Mapping[str, str] | None = None,
    allowed: Mapping[str, SpecifierSet] | None = None,
) -> list[Exemption]:
    """The young fixes to let through, for the packages pip chose (pure: no I/O).

    `have` maps normalized names to the versions the user has (`have_is` says
    where each comes from; installed by default), `files_of` to the index's
    files; `tags` are the target's wheel tags (``py3-none-any``...). With
    `allowed` (what the request asks of each project), a fix the request
    forbids (a ``==`` pin of the affected version) is left out: pip could not
    take it.
    """
    out: list[Exemption] = []
    for p in packages:
        key = canonicalize_name(p.name)
        chosen = parse(p.version)
        if chosen is None or key not in have:
            continue
        for fix, ids in sorted(wanted_fixes(chosen, have[key], advisories.get(key, [])).items()):
            if allowed is not None and not allowed.get(key, SpecifierSet()).contains(
                fix, prereleases=True
            ):
                continue
            label = (have_is or {}).get(key, INSTALLED)
            ex = _exemption(p.name, fix, have[key], label, ids, files_of.get(key, []), cutoff, tags)
            if ex is not None:
                out.append(ex)
    return out


def pinned_fix(
    p: Resolved,
    installed_version: str | None,
    advisories: Sequence[Advisory],
    files: Sequence[IndexFile],
    cutoff: dt.datetime,
    tags: frozenset[str],
) -> Exemption | None:
    """The young release pip took only without the cooldown (the request pins it, or
    nothing older satisfies it), when it fixes what the user has: `installed_version`,
    else the newest release outside the cooldown (pure: no I/O)."""
    release = parse(p.version)
    if release is None:
        return None
    if installed_version is not None:
        have, label = installed_version, INSTALLED
    else:
        before = settled(files, cutoff, below=release)
        if before is None:
            return None
        have, label = str(before), OUTSIDE_COOLDOWN
    ids = [a.id for a in fixes(advisories, have, release)]
    if not ids:
        return None
    return _exemption(p.name, release, have, label, ids, files, cutoff, tags)


def _exemption(
    name: str,
    version: Version,
    have: str,
    have_is: str,
    ids: Sequence[str],
    files: Sequence[IndexFile],
    cutoff: dt.datetime,
    tags: frozenset[str],
) -> Exemption | None:
    """The exemption of `version`, with its young wheels for the target; None without one."""
    wheels = [
        f
        for f in files
        if f.is_wheel and not f.yanked and f.sha256 and _fits(f.filename, version, tags)
    ]
    times = [t for f in wheels if (t := f.uploaded) is not None]
    young = [f for f in wheels if is_young(f, cutoff)]
    if not young:
        return None  # older than the cutoff: pip may choose it already
    return Exemption(name, str(version), have, tuple(ids), min(times), tuple(young), have_is)


def _fits(filename: str, version: Version, tags: frozenset[str]) -> bool:
    try:
        _name, ver, _build, file_tags = parse_wheel_filename(filename)
    except InvalidWheelFilename:
        return False
    return ver == version and any(str(t) in tags for t in file_tags)


def installed_versions(target: Target) -> dict[str, str]:
    """Normalized name -> version of each distribution installed in `target` (read, not
    imported: `installed.present`, the reader the install plan uses)."""
    return {key: dist.version for key, dist in present(target).items()}


_TAGS_CODE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from pip._vendor.packaging.tags import sys_tags; print(' '.join(map(str, sys_tags())))"
)


def target_tags(target: Target | None) -> frozenset[str]:
    """The wheel tags the target interpreter accepts (asked of it, isolated, when it is
    not this one; with pipwarden's own pip's copy of packaging)."""
    from packaging.tags import sys_tags

    if target is None or target.is_current:
        return frozenset(str(t) for t in sys_tags())
    import pip

    pip_parent = str(Path(pip.__file__).parent.parent)
    try:
        proc = subprocess.run(
            [str(target.python), "-I", "-S", "-c", _TAGS_CODE, pip_parent],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(proc.stdout.split())


def let_fixes_through(
    resolver: Resolver, resolution: Resolution, index: IndexClient
) -> tuple[Resolution, list[Exemption]]:
    """`resolution`, resolved again with the young fixes let through, and those pip chose.

    Nothing changes (and pip is not run again) without a cooldown, offline, or
    when no young release fixes what the user has. Nothing changes either when
    the advisories cannot be read or the fix cannot be fetched or resolved: the
    cooldown then holds (or stays dropped, as pip needed), and the checks
    report what they cannot read.
    """
    try:
        return _let_fixes_through(resolver, resolution, index)
    except RunInputError:
        raise
    except Exception:  # the exception to the cooldown is optional; the cooldown never is
        return resolution, []


class _Facts:
    """What the exemptions are decided from, each read once, when first needed."""

    def __init__(self, resolver: Resolver, index: IndexClient) -> None:
        self.resolver, self.index = resolver, index
        self._advisories: dict[str, list[Advisory]] = {}
        self._files: dict[str, list[IndexFile]] = {}
        self._installed: dict[str, str] | None = None
        self._tags: frozenset[str] | None = None
        self.empty = False

    def advisories(self, names: Iterable[str]) -> dict[str, list[Advisory]]:
        todo = [n for n in names if canonicalize_name(n) not in self._advisories]
        if todo and not self.empty:
            with AdvisoryDB() as db:
                self.empty = db.empty
                found = {} if db.empty else db.advisories(todo)
            for n in todo:
                key = canonicalize_name(n)
                self._advisories[key] = found.get(key, [])
        return self._advisories

    def files(self, name: str) -> list[IndexFile]:
        key = canonicalize_name(name)
        if key not in self._files:
            found = self.index.find_project(name)
            self._files[key] = found[1] if found is not None else []
        return self._files[key]

    def installed(self) -> dict[str, str]:
        if self._installed is None:
            target = self.resolver.target
            self._installed = installed_versions(target) if target is not None else {}
        return self._installed

    def tags(self) -> frozenset[str]:
        if self._tags is None:
            self._tags = target_tags(self.resolver.target)
        return self._tags


def _let_fixes_through(
    resolver: Resolver, resolution: Resolution, index: IndexClient
) -> tuple[Resolution, list[Exemption]]:
    cutoff = resolver.options.uploaded_prior_to
    if cutoff is None or resolver.offline_links is not None:
        return resolution, []
    facts = _Facts(resolver, index)
    offered: list[Exemption] = []
    for _round in range(MAX_ROUNDS):
        taken = {ex.key for ex in offered}
        found = [
            ex
            for ex in (
                _for_relaxed(resolution, facts, cutoff)
                if resolution.cooldown_relaxed
                else _for_chosen(resolver, resolution, facts, cutoff)
            )
            if ex.key not in taken
        ]
        if not found:
            break
        offered += found
        resolution = _resolve_again(resolver, index, offered)
    chosen = {(canonicalize_name(p.name), p.version) for p in resolution.packages}
    return resolution, [ex for ex in offered if (ex.key, ex.version) in chosen]


def _from_index(resolution: Resolution) -> list[Resolved]:
    return [p for p in resolution.packages if not p.direct and p.sdist is None and p.url]


def _for_relaxed(resolution: Resolution, facts: _Facts, cutoff: dt.datetime) -> list[Exemption]:
    """The young releases the request needed (that made pip drop the cut-off), those that
    fix what the user has."""
    wanted = {canonicalize_name(n) for n in resolution.relaxed_for}
    chosen = [p for p in _from_index(resolution) if canonicalize_name(p.name) in wanted]
    advisories = facts.advisories(p.name for p in chosen) if chosen else {}
    out: list[Exemption] = []
    for p in chosen:
        key = canonicalize_name(p.name)
        if not advisories.get(key):
            continue
        ex = pinned_fix(
            p,
            facts.installed().get(key),
            advisories[key],
            facts.files(p.name),
            cutoff,
            facts.tags(),
        )
        if ex is not None:
            out.append(ex)
    return out


def _for_chosen(
    resolver: Resolver, resolution: Resolution, facts: _Facts, cutoff: dt.datetime
) -> list[Exemption]:
    """The young fixes of the affected versions pip chose under the cut-off, that the
    request allows."""
    from pipwarden.heldback import request_lines, specifiers

    from_index = _from_index(resolution)
    if not from_index:
        return []
    advisories = facts.advisories(p.name for p in from_index)
    suspects = [
        p
        for p in from_index
        if (v := parse(p.version)) is not None
        and any(
            a.affects(p.version) and any((f := parse(t)) is not None and f > v for t in a.fixed)
            for a in advisories.get(canonicalize_name(p.name), [])
        )
    ]
    if not suspects:
        return []
    have: dict[str, str] = {}
    have_is: dict[str, str] = {}
    for p in suspects:
        key = canonicalize_name(p.name)
        mine = facts.installed().get(key)
        have[key] = mine if mine is not None else p.version
        have_is[key] = INSTALLED if mine is not None else OUTSIDE_COOLDOWN
    options = resolver.options
    lines = request_lines(
        (*options.requirement_files, *options.constraint_files), options.requirements
    )
    allowed = specifiers(resolution.packages, lines)
    files_of: dict[str, list[IndexFile]] = {
        canonicalize_name(p.name): facts.files(p.name) for p in suspects
    }
    return find(
        suspects, have, advisories, files_of, cutoff, facts.tags(), have_is=have_is, allowed=allowed
    )


def _resolve_again(
    resolver: Resolver, index: IndexClient, exemptions: list[Exemption]
) -> Resolution:
    folder = Path(tempfile.mkdtemp(prefix="pipwarden-fixes-"))
    try:
        by_name: dict[str, IndexFile] = {}
        for ex in exemptions:
            for f in ex.files:
                cached = index.fetch(f.url, f.filename, f.sha256, size=f.size)
                _link(cached, folder / f.filename)
                by_name[f.filename] = f
        options = dataclasses.replace(
            resolver.options, find_links=(*resolver.options.find_links, str(folder))
        )
        again = Resolver(
            options,
            resolver.target,
            index,
            fetch_sdist=resolver.fetch_sdist,
            prepared=resolver.prepared,
            against_installed=resolver.against_installed,
        )
        resolution = again.resolve()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    prefix = folder.resolve().as_uri() + "/"
    packages: list[Resolved] = []
    for p in resolution.packages:
        offered = by_name.get(p.filename) if p.url.startswith(prefix) else None
        if offered is not None:  # reported under its index URL, like every other file
            p = dataclasses.replace(p, url=offered.url, sha256=offered.sha256)
        packages.append(p)
    resolution.packages = packages
    return resolution


def _link(source: Path, dest: Path) -> None:
    try:
        os.link(source, dest)
    except OSError:
        shutil.copyfile(source, dest)


def relabel(
    findings: list[Finding], name: str, version: str, exemptions: Sequence[Exemption]
) -> list[Finding]:
    """`findings` of one package, its cooldown finding replaced by the reason it was let through."""
    ex = next(
        (e for e in exemptions if e.key == canonicalize_name(name) and e.version == version), None
    )
    if ex is None:
        return findings
    kept = [f for f in findings if f.rule != "publishers.cooldown"]
    return [
        *kept,
        Finding(
            check="publishers",
            rule=RULE,
            severity=Severity.INFO,
            message=ex.reason(),
            package=name,
            version=version,
            evidence=f"uploaded {ex.uploaded.isoformat()}",
            details={"fixes": list(ex.fixes), "affected": ex.have, "affected_is": ex.have_is},
        ),
    ]
