"""The release cooldown's one exception: a security fix for the version the user has.

The cooldown (policy ``cooldown-days``) reaches pip as ``--uploaded-prior-to``,
which holds back every young file of the whole resolution, security fixes
included. When the version of a project installed in the target is affected
by an advisory, and the release that the advisory names as the fix is younger
than the cutoff (so pip chose a version that is still affected), that release
is let through: its wheels for the target, fetched and checked against the
index's sha256, are offered to pip in a private ``--find-links`` folder, and
pip resolves again. pip (26) applies the upload-time filter to index links
only, never to local files (``LinkEvaluator.evaluate_link``: ``not
link.is_file``), so pip stays the resolver and every other project, and every
other young release of the same project, stays behind the cutoff. The chosen
files are then reported under their index URLs, like any other.
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

from packaging.utils import (
    InvalidWheelFilename,
    canonicalize_name,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from pipwarden.audit.osv import Advisory, AdvisoryDB
from pipwarden.environment import Target
from pipwarden.errors import RunInputError
from pipwarden.findings import Finding, Severity
from pipwarden.installed import present
from pipwarden.resolve import Resolution, Resolved, Resolver

if TYPE_CHECKING:
    from pipwarden.index import IndexClient, IndexFile

RULE = "publishers.cooldown-fix"


@dataclass(frozen=True)
class Exemption:
    """A young release let through the cooldown because it fixes what the user has."""

    name: str
    version: str
    #: The affected version installed in the target.
    have: str
    #: The advisories affecting `have` that `version` fixes.
    fixes: tuple[str, ...]
    uploaded: dt.datetime
    files: tuple[IndexFile, ...] = dataclasses.field(repr=False, default=())

    @property
    def key(self) -> str:
        """The PEP 503 normalized project name."""
        return canonicalize_name(self.name)

    def reason(self, now: dt.datetime | None = None) -> str:
        """``django 5.2.9 is 2 days old; allowed: it fixes PYSEC-… affecting 5.2.8``."""
        age = (now or dt.datetime.now(dt.timezone.utc)) - self.uploaded
        hours = max(age.total_seconds() / 3600, 0)
        shown = f"{hours:.0f} hours" if hours < 48 else f"{age.days} days"
        return (
            f"{self.name} {self.version} is {shown} old; allowed: it fixes "
            f"{', '.join(self.fixes)} affecting {self.have}"
        )


def _parse(text: str | None) -> Version | None:
    try:
        return Version(text) if text else None
    except InvalidVersion:
        return None


def wanted_fixes(
    chosen: Version, have: str, advisories: Iterable[Advisory]
) -> dict[Version, list[str]]:
    """The fixed releases above `chosen` of advisories affecting both `have` and `chosen`,
    each with the ids it fixes (it is named as fixed and not itself affected)."""
    out: dict[Version, list[str]] = {}
    for adv in advisories:
        if not adv.affects(have) or not adv.affects(str(chosen)):
            continue
        for text in adv.fixed:
            fix = _parse(text)
            if fix is not None and fix > chosen and not adv.affects(text):
                out.setdefault(fix, []).append(adv.id)
    return out


def find(
    packages: Sequence[Resolved],
    have: Mapping[str, str],
    advisories: Mapping[str, list[Advisory]],
    files_of: Mapping[str, list[IndexFile]],
    cutoff: dt.datetime,
    tags: frozenset[str],
) -> list[Exemption]:
    """The young fixes to let through, for the packages pip chose (pure: no I/O).

    `have` maps normalized names to installed versions, `files_of` to the
    index's files; `tags` are the target's wheel tags (``py3-none-any``...).
    """
    out: list[Exemption] = []
    for p in packages:
        key = canonicalize_name(p.name)
        chosen = _parse(p.version)
        if chosen is None or key not in have:
            continue
        for fix, ids in sorted(wanted_fixes(chosen, have[key], advisories.get(key, [])).items()):
            wheels = [
                f
                for f in files_of.get(key, [])
                if f.is_wheel and not f.yanked and f.sha256 and _fits(f.filename, fix, tags)
            ]
            times = [t for f in wheels if (t := f.uploaded) is not None]
            young = [f for f in wheels if (t := f.uploaded) is not None and t >= cutoff]
            if not young:
                continue  # older than the cutoff: pip may choose it already
            out.append(Exemption(p.name, str(fix), have[key], tuple(ids), min(times), tuple(young)))
    return out


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

    Nothing changes (and pip is not run again) without a cooldown, offline, when
    the cooldown was already relaxed, or when no installed version has an
    advisory whose fix the cooldown held back. Nothing changes either when the
    advisories cannot be read or the fix cannot be fetched or resolved: the
    cooldown then holds, and the checks report what they cannot read.
    """
    try:
        return _let_fixes_through(resolver, resolution, index)
    except RunInputError:
        raise
    except Exception:  # the exception to the cooldown is optional; the cooldown never is
        return resolution, []


def _let_fixes_through(
    resolver: Resolver, resolution: Resolution, index: IndexClient
) -> tuple[Resolution, list[Exemption]]:
    cutoff = resolver.options.uploaded_prior_to
    if cutoff is None or resolution.cooldown_relaxed or resolver.offline_links is not None:
        return resolution, []
    from_index = [p for p in resolution.packages if not p.direct and p.sdist is None and p.url]
    if not from_index:
        return resolution, []
    with AdvisoryDB() as db:
        if db.empty:
            return resolution, []
        advisories = db.advisories(p.name for p in from_index)
    suspects = [
        p
        for p in from_index
        if (v := _parse(p.version)) is not None
        and any(
            a.affects(p.version) and any((f := _parse(t)) is not None and f > v for t in a.fixed)
            for a in advisories.get(canonicalize_name(p.name), [])
        )
    ]
    if not suspects or resolver.target is None:
        return resolution, []
    have = installed_versions(resolver.target)
    suspects = [p for p in suspects if canonicalize_name(p.name) in have]
    if not suspects:
        return resolution, []
    files_of: dict[str, list[IndexFile]] = {}
    for p in suspects:
        found = index.find_project(p.name)
        files_of[canonicalize_name(p.name)] = found[1] if found is not None else []
    exemptions = find(suspects, have, advisories, files_of, cutoff, target_tags(resolver.target))
    if not exemptions:
        return resolution, []
    return _resolve_again(resolver, index, exemptions)


def _resolve_again(
    resolver: Resolver, index: IndexClient, exemptions: list[Exemption]
) -> tuple[Resolution, list[Exemption]]:
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
    chosen = {(canonicalize_name(p.name), p.version) for p in packages}
    return resolution, [ex for ex in exemptions if (ex.key, ex.version) in chosen]


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
            details={"fixes": list(ex.fixes), "installed": ex.have},
        ),
    ]
