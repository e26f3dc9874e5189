"""The ``names`` check: typosquats, dependency confusion and invented or brand-new names.

Rules:
``names.typosquat`` (high) the name imitates a far more popular project;
``names.import-name`` (high) the name is an import name, not the distribution;
``names.stdlib`` (high) the name is a standard-library module's;
``names.dependency-confusion`` (critical) an internal name came from, or exists
on, a public index;
``names.no-such-project`` (high) a requested project the index does not know;
``names.new-lookalike`` (high) a project younger than ``new-project-days``
whose name is close to a popular one;
``names.invalid`` (high) a name PEP 508 does not allow;
``names.confusion-version`` (high) a version picked to outrank every real release
(``99.99.99``, ``1337.0.0``), the mark of a dependency-confusion upload;
``names.confusion-unchecked`` (low) an internal name whose indexes could not be asked;
``names.cleared`` (info) a look-alike name that is not a typosquat, because whoever
publishes it also publishes the project it resembles or a popular project of the
same install (``httpx2`` by the owner of starlette and uvicorn).

`pipwarden scan` of a wheel or sdist judges the archive's own name with the
first three rules and its version with ``names.confusion-version``
(`judge_archive_name`), offline: nothing clears them there.

A shared source repository clears a name only when its release is attested
(PEP 740) from the repository of the project it resembles: anyone can copy
another project's links into their own metadata ("starjacking").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.index import PYPI_SIMPLE, IndexClient
from pipwarden.names.detect import (
    PROTECTED_RANK,
    Detector,
    NameVerdict,
    default_detector,
)
from pipwarden.names.spelling import InvalidName
from pipwarden.names.versions import confusion_version
from pipwarden.publishers.evidence import ProjectEvidence
from pipwarden.publishers.lookup import attestation, project_evidence
from pipwarden.publishers.repository import normalize_repository
from pipwarden.redact import redact_url
from pipwarden.rules import Rule
from pipwarden.scan import StatedName, TargetResult
from pipwarden.scan.archive import kind_of
from pipwarden.verdict import level
from pipwarden.wording import plural

NAME = "names"
DESCRIPTION = "Typosquats, dependency confusion, invented and brand-new look-alike names (T3)."
_SCRATCH = "names.detector"
_RULES = {"import-name": "names.import-name", "stdlib": "names.stdlib"}
_CHECK_NAME = "Check the name; if this project is really wanted, add it to `allow` in the policy."

#: What SARIF and reports say about each rule of this check.
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "names.typosquat",
            "Name imitates a far more popular project",
            "One mistyped letter, a swapped pair, a separator or affix game or a look-alike "
            "character installs somebody else's code (typosquatting).",
            _CHECK_NAME,
            Severity.HIGH,
            "CWE-506",
        ),
        Rule(
            "names.import-name",
            "Import name used as a project name",
            "The project that provides this import has another name; the project with the "
            "import's name is somebody else's.",
            _CHECK_NAME,
            Severity.HIGH,
            "CWE-506",
        ),
        Rule(
            "names.stdlib",
            "Project named like a standard-library module",
            "The standard library is never installed from PyPI; a project with its name is not it.",
            _CHECK_NAME,
            Severity.HIGH,
            "CWE-506",
        ),
        Rule(
            "names.dependency-confusion",
            "Internal project name resolved from, or present on, a public index",
            "Whoever publishes an internal name on a public index can take over installs "
            "(dependency confusion).",
            "Install internal projects only from the private index and claim the public name.",
            Severity.CRITICAL,
            "CWE-427",
        ),
        Rule(
            "names.confusion-version",
            "Version picked to outrank every real release",
            "A version such as 99.99.99, 9999.0.1 or 1337.0.0 is what a dependency-confusion "
            "upload uses so that pip prefers it to the internal project of the same name.",
            "Do not install it; if an internal project has this name, install it only from "
            "the private index and claim the public name.",
            Severity.HIGH,
            "CWE-427",
        ),
        Rule(
            "names.no-such-project",
            "Requested project does not exist",
            "A project the index does not know, often a name an assistant invented; anyone can "
            "register it later.",
            _CHECK_NAME,
            Severity.HIGH,
        ),
        Rule(
            "names.new-lookalike",
            "Brand-new project with a name close to a popular one",
            "New projects whose names resemble popular ones are a common trap for mistyped or "
            "invented names.",
            _CHECK_NAME,
            Severity.HIGH,
            "CWE-506",
        ),
        Rule(
            "names.invalid",
            "Project name that PEP 508 does not allow",
            "No index can serve this name.",
            _CHECK_NAME,
            Severity.HIGH,
        ),
        Rule(
            "names.cleared",
            "Look-alike name published by the owners of a popular project",
            "The name resembles a popular project, but its owners or organization also "
            "publish that project (or a popular project of the same install), or its release "
            "is attested from that project's repository: not a typosquat.",
            "",
            Severity.INFO,
        ),
        Rule(
            "names.confusion-unchecked",
            "Could not check an internal name on the public index",
            "The index did not answer, so dependency confusion was not ruled out.",
            "Run again when the index answers.",
            Severity.LOW,
        ),
    )
}


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Build the name index once for the whole closure."""
    ctx.scratch[_SCRATCH] = default_detector()


def _detector(ctx: VetContext) -> Detector:
    det = ctx.scratch.get(_SCRATCH)
    if not isinstance(det, Detector):
        det = default_detector()
        ctx.scratch[_SCRATCH] = det
    return det


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings about the name (and the version) of `candidate`."""
    findings: list[Finding] = []
    verdict: NameVerdict | None = None
    try:
        verdict = _detector(ctx).check(candidate.name)
    except InvalidName as exc:
        findings.append(_finding(candidate, "names.invalid", Severity.HIGH, str(exc)))
    if verdict is not None and verdict.suspect:
        why = _cleared(candidate, verdict, ctx)
        if why is None:
            findings.append(typosquat_finding(candidate, verdict))
        else:
            findings.append(
                _finding(
                    candidate,
                    "names.cleared",
                    Severity.INFO,
                    f"{candidate.name}: not a typosquat of {verdict.imitates}: {why.reason}",
                    evidence=verdict.reason,
                    details={
                        "imitates": verdict.imitates,
                        "kind": verdict.kind,
                        "cleared_by": why.peer,
                        "shared": list(why.shared),
                    },
                )
            )
    findings += _confusion(candidate, ctx)
    findings += _newness(candidate, ctx, verdict)
    outranks = confusion_version(candidate.version)
    if outranks is not None:
        findings.append(
            _version_finding(candidate.name, candidate.version, outranks, package=candidate.name)
        )
    return findings


def _version_finding(
    name: str, version: str, why: str, *, package: str | None = None, **kw: Any
) -> Finding:
    rule = RULES["names.confusion-version"]
    return Finding(
        check=NAME,
        rule=rule.id,
        severity=rule.severity,
        message=f"{name} {why}: the mark of a dependency-confusion upload",
        package=package,
        version=version,
        remediation=rule.fix,
        **kw,
    )


# -- look-alikes published by the same people ------------------------------------

#: Most popular projects of a closure whose owners are compared with a suspect's.
MAX_PEERS = 40


@dataclass(frozen=True)
class Clearance:
    """Why a suspect name is not a typosquat: what it shares, and with which project."""

    peer: str
    shared: tuple[str, ...]
    reason: str


def shared_publishers(a: ProjectEvidence, b: ProjectEvidence) -> tuple[str, ...]:
    """The owners (users, case-insensitively) and organization two projects have in common."""
    out: list[str] = []
    if a.organization and b.organization and a.organization.lower() == b.organization.lower():
        out.append(f"organization {a.organization}")
    theirs = {u.lower() for u in b.roles or ()}
    out += [f"user {u}" for u in sorted(a.roles or ()) if u.lower() in theirs]
    return tuple(out)


def clearance(
    client: IndexClient,
    name: str,
    imitates: str,
    *,
    peers: Sequence[tuple[str, int]] = (),
    version: str | None = None,
    filename: str | None = None,
) -> Clearance | None:
    """Why `name`, a look-alike of `imitates`, is not a typosquat; None when nothing clears it.

    Cleared when its owners or organization overlap with those of `imitates`
    or of one of `peers` (popular projects of the same install, with their
    download rank), or when its file `filename` is attested from the source
    repository of `imitates`. Evidence comes from the index's JSON API
    through the store's cache; anything unreadable clears nothing.
    """
    mine = project_evidence(client, name)
    if not mine.found or mine.unreadable:
        return None
    if mine.roles is not None or mine.organization is not None:
        for peer, rank in [(canonicalize_name(imitates), 0), *peers]:
            if peer == mine.name:
                continue
            theirs = project_evidence(client, peer)
            shared = shared_publishers(mine, theirs) if theirs.found else ()
            if shared:
                who = ", ".join(shared)
                what = (
                    "which publishes it too"
                    if rank == 0
                    else f"which also publishes '{peer}' (download rank {rank}) in this install"
                )
                return Clearance(peer, shared, f"published by {who}, {what}")
    target = project_evidence(client, imitates)
    if target.found and target.repository and version and filename:
        att = attestation(client, mine, version, filename)
        repo = att.publisher_details.get("repository") if att.status == "attested" else None
        kind = str(att.publisher_details.get("kind", "")).lower()
        hosts = {"github": "https://github.com/", "gitlab": "https://gitlab.com/"}
        if isinstance(repo, str) and kind in hosts:
            attested = normalize_repository(hosts[kind] + repo)
            if attested is not None and attested == target.repository:
                return Clearance(
                    imitates,
                    (f"repository {attested}",),
                    f"its release is attested from {attested}, the repository of '{imitates}'",
                )
    return None


def _cleared(candidate: Candidate, verdict: NameVerdict, ctx: VetContext) -> Clearance | None:
    """The clearance of a suspect candidate from its index's ownership records, if any."""
    if (
        verdict.imitates is None
        or verdict.kind in ("stdlib", "unicode")
        or not _from_index(candidate)
        or ctx.policy.is_internal(candidate.name)
    ):
        return None
    det = _detector(ctx)
    keys = {canonicalize_name(c.name) for c in ctx.closure}
    ranks = {n: det.ranks[det.by_name[n]] for n in keys if n in det.by_name}
    peers = sorted(
        ((n, r) for n, r in ranks.items() if r <= PROTECTED_RANK and n != candidate.key),
        key=lambda p: p[1],
    )[:MAX_PEERS]
    try:
        return clearance(
            ctx.index,
            candidate.name,
            verdict.imitates,
            peers=peers,
            version=candidate.version,
            filename=candidate.filename,
        )
    except PipwardenError:
        return None


def typosquat_finding(candidate: Candidate, verdict: NameVerdict) -> Finding:
    """The finding for a suspect verdict, with "did you mean …?"."""
    return name_finding(candidate.name, verdict, package=candidate.name, version=candidate.version)


def name_finding(
    name: str,
    verdict: NameVerdict,
    *,
    package: str | None = None,
    version: str | None = None,
    file: str | None = None,
    line: int | None = None,
    evidence: str | None = None,
) -> Finding:
    """The finding for a suspect verdict on the project `name`, with "did you mean …?"
    (`evidence` defaults to the verdict's reason)."""
    rule = _RULES.get(verdict.kind, "names.typosquat")
    if verdict.imitates:
        message = f"{name}: {verdict.reason}; did you mean {verdict.imitates}?"
        fix = (
            f"did you mean {verdict.imitates}? Check the name; if this project is really "
            "wanted, add it to `allow` in the policy"
        )
    else:
        message = f"{name}: {verdict.reason}"
        fix = "check the name; if this project is really wanted, add it to `allow` in the policy"
    return Finding(
        check=NAME,
        rule=rule,
        severity=RULES[rule].severity,
        message=message,
        package=package,
        version=version,
        file=file,
        line=line,
        evidence=evidence or verdict.reason,
        remediation=fix,
        details={"imitates": verdict.imitates, "kind": verdict.kind},
    )


def _finding(
    candidate: Candidate, rule: str, severity: Severity, message: str, **kw: Any
) -> Finding:
    return Finding(
        check=NAME,
        rule=rule,
        severity=severity,
        message=message,
        package=candidate.name,
        version=candidate.version,
        **kw,
    )


def _norm(url: str) -> str:
    return url.strip().rstrip("/").lower()


# -- dependency confusion ---------------------------------------------------------


def _from_index(candidate: Candidate) -> bool:
    """The artifact was downloaded from an index (not a local folder or file)."""
    return candidate.url.lower().startswith(("http://", "https://"))


def _confusion(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    policy = ctx.policy
    if not policy.is_internal(candidate.name):
        return []
    private = _norm(policy.private_index) if policy.private_index else None
    fix = (
        "install internal projects only from the private index (--index-url PRIVATE, "
        "no --extra-index-url), pin their hashes, and claim the name on the public index"
    )

    def confused(message: str, evidence: str) -> list[Finding]:
        return [
            _finding(
                candidate,
                "names.dependency-confusion",
                Severity.CRITICAL,
                message,
                evidence=evidence,
                remediation=fix,
            )
        ]

    came_from = candidate.index_url
    if came_from and (private is None or _norm(came_from) != private):
        where = (
            "which the policy does not name as private-index"
            if private is None
            else f"not from the private index {redact_url(policy.private_index or '')}"
        )
        return confused(
            f"internal project '{candidate.name}' came from {redact_url(came_from)}, {where}",
            f"index: {redact_url(came_from)}",
        )
    if ctx.offline:
        return []
    try:
        if private and not came_from and _from_index(candidate):
            files = ctx.index.project_files(candidate.name, policy.private_index)
            hashes = {f.sha256 for f in files or ()}
            names = {f.filename for f in files or ()}
            if (
                files is None
                or (candidate.sha256 and candidate.sha256 not in hashes)
                or (not candidate.sha256 and candidate.filename not in names)
            ):
                return confused(
                    f"internal project '{candidate.name}': {candidate.filename} is not on the "
                    f"private index {redact_url(policy.private_index or '')}; it came from "
                    "somewhere else",
                    f"artifact: {redact_url(candidate.url)}",
                )
        indexes = [ctx.index.index_url, *ctx.index.extra_index_urls]
        public = [u for u in indexes if private is None or _norm(u) != private]
        if not public:
            public = [PYPI_SIMPLE]
        for url in public:
            files = ctx.index.project_files(candidate.name, url)
            if files is not None:
                return confused(
                    f"internal project '{candidate.name}' also exists on the public index "
                    f"{redact_url(url)}: whoever published it there can take over installs",
                    f"{plural(len(files), 'file')} on {redact_url(url)}",
                )
    except PipwardenError as exc:
        return [
            _finding(
                candidate,
                "names.confusion-unchecked",
                Severity.LOW,
                f"could not check where internal project '{candidate.name}' is published: {exc}",
            )
        ]
    return []


# -- invented and brand-new names ---------------------------------------------------


def first_upload(doc: dict[str, Any]) -> dt.datetime | None:
    """The earliest upload time of any file in a JSON API project document."""
    times: list[dt.datetime] = []
    releases = doc.get("releases")
    files: list[Any] = []
    if isinstance(releases, dict):
        for entries in releases.values():
            if isinstance(entries, list):
                files.extend(entries)
    if isinstance(doc.get("urls"), list):
        files.extend(doc["urls"])
    for f in files:
        if not isinstance(f, dict):
            continue
        raw = f.get("upload_time_iso_8601") or f.get("upload_time")
        if not isinstance(raw, str):
            continue
        try:
            when = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        times.append(when)
    return min(times, default=None)


def _newness(candidate: Candidate, ctx: VetContext, verdict: NameVerdict | None) -> list[Finding]:
    if ctx.offline or ctx.policy.is_internal(candidate.name) or not _from_index(candidate):
        return []
    try:
        doc = ctx.index.project_json(candidate.name)
        if doc is None:
            if candidate.requested and ctx.index.find_project(candidate.name) is None:
                where = redact_url(candidate.index_url or ctx.index.index_url)
                return [
                    _finding(
                        candidate,
                        "names.no-such-project",
                        Severity.HIGH,
                        f"no such project on {where}: '{candidate.name}'",
                        remediation="check the name (an assistant may have invented it)",
                    )
                ]
            return []
    except PipwardenError:
        return []
    first = first_upload(doc)
    if first is None:
        return []
    age = (dt.datetime.now(dt.timezone.utc) - first).days
    if age >= ctx.policy.new_project_days or (verdict is not None and verdict.suspect):
        return []
    try:
        near = _detector(ctx).nearest(candidate.name)
    except InvalidName:
        return []
    if near is None:
        return []
    return [
        _finding(
            candidate,
            "names.new-lookalike",
            Severity.HIGH,
            f"'{candidate.name}' was first published {plural(age, 'day')} ago and its name is close to "
            f"the popular '{near.target}' ({near.reason}); did you mean {near.target}?",
            evidence=f"first upload {first.date().isoformat()}",
            remediation=f"did you mean {near.target}? New look-alike projects are a common "
            "trap for invented or mistyped names",
            details={"imitates": near.target, "age_days": age},
        )
    ]


# -- the name of a scanned archive -------------------------------------------------

#: The rules `pipwarden scan` reports about a wheel's or sdist's own name.
SCAN_RULES = ("names.typosquat", "names.import-name", "names.stdlib", "names.confusion-version")
#: A file name's project and version parts: before and after the first ``-<digit>``.
_FILE_NAME = re.compile(r"^(.+?)-(\d[^-]*)")
_ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar", ".whl", ".zip")


def archive_name(path: Path, stated: StatedName | None) -> StatedName | None:
    """The project name of the wheel or sdist at `path`: what its core metadata
    states (`stated`), else the project part of its file name; None when neither
    gives one."""
    if stated is not None:
        return stated
    lower = path.name.lower()
    stem = next((path.name[: -len(s)] for s in _ARCHIVE_SUFFIXES if lower.endswith(s)), None)
    m = _FILE_NAME.match(stem) if stem else None
    return StatedName(m.group(1), "", 0, m.group(2)) if m else None


def archive_findings(
    path: Path, stated: StatedName | None, detector: Detector | None = None
) -> list[Finding]:
    """Findings about the name of the wheel or sdist at `path`, judged offline
    against the popular-names corpus (no clearance by ownership, which needs the
    index), and about the version it states. A name that cannot be read or judged
    gives none."""
    found = archive_name(path, stated)
    if found is None:
        return []
    where: dict[str, Any] = {"evidence": f"file name {path.name}"}
    if found.file:
        where = {"file": found.file, "line": found.line, "evidence": f"Name: {found.name}"}
    out: list[Finding] = []
    try:
        verdict: NameVerdict | None = (detector or default_detector()).check(found.name)
    except PipwardenError:  # an invalid name, an unreadable corpus
        verdict = None
    if verdict is not None and verdict.suspect:
        out.append(name_finding(found.name, verdict, **where))
    outranks = confusion_version(found.version) if found.version else None
    if outranks is not None and found.version is not None:
        if found.file:  # the Version line is not recorded: the file alone
            where.update(evidence=f"Version: {found.version}", line=None)
        out.append(_version_finding(found.name, found.version, outranks, **where))
    return out


def judge_archive_name(result: TargetResult, path: Path) -> TargetResult:
    """`result` of scanning `path` with the findings about the archive's own name
    added and its verdict judged again; unchanged for folders and loose files
    (and for a zip that states no sdist metadata)."""
    kind = kind_of(path)
    if kind not in ("wheel", "sdist") and not (kind == "zip" and result.name is not None):
        return result
    extra = archive_findings(path, result.name)
    if not extra:
        return result
    findings = [*result.findings, *extra]
    return replace(result, findings=findings, verdict=level(findings))


CHECK = Check(
    name=NAME,
    run=run,
    prepare=prepare,
    description=DESCRIPTION,
    warm=default_detector,
    rules=tuple(RULES.values()),
)
