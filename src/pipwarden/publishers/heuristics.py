"""Heuristics on publisher evidence: each one rule id with its own severity.

Severities are chosen to keep false positives low on popular, healthy
projects: facts that are merely unusual (no repository link, a single
release) are info or low; what looks like an account takeover (a new owner
after years of silence) is high. The cooldown is medium, so it warns by
default and blocks only when policy says ``fail-on = "medium"``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse
from collections.abc import Iterable

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.findings import Finding, Severity
from pipwarden.policy import Policy
from pipwarden.publishers.evidence import Evidence, ProjectEvidence, Release
from pipwarden.publishers.repository import FORGES
from pipwarden.rules import Rule

CHECK = "publishers"

#: A release this long after the previous one ends a dormancy.
DORMANCY_DAYS = 730
#: A major-version jump of at least this much is "large".
VERSION_JUMP = 10
#: A project whose first release has at least this major version is suspect.
FIRST_RELEASE_MAJOR = 50

#: A small vendored list of throw-away mail domains (exact domain or a subdomain of one).
DISPOSABLE_DOMAINS = frozenset(
    {
        "10minutemail.com",
        "20minutemail.com",
        "burnermail.io",
        "discard.email",
        "dispostable.com",
        "dropmail.me",
        "emailondeck.com",
        "fakeinbox.com",
        "getairmail.com",
        "getnada.com",
        "grr.la",
        "guerrillamail.biz",
        "guerrillamail.com",
        "guerrillamail.de",
        "guerrillamail.info",
        "guerrillamail.net",
        "guerrillamail.org",
        "guerrillamailblock.com",
        "mail.tm",
        "maildrop.cc",
        "mailinator.com",
        "mailnesia.com",
        "mintemail.com",
        "mohmal.com",
        "moakt.com",
        "mytemp.email",
        "sharklasers.com",
        "spam4.me",
        "spamgourmet.com",
        "temp-mail.io",
        "temp-mail.org",
        "tempail.com",
        "tempmail.com",
        "tempmail.net",
        "tempmailo.com",
        "tempr.email",
        "throwawaymail.com",
        "trashmail.com",
        "trashmail.de",
        "yopmail.com",
        "yopmail.fr",
    }
)

_R = Rule
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        _R(
            "publishers.cooldown",
            "Release is younger than the cooldown",
            "Brand-new releases are where hijacked accounts strike; most malicious releases "
            "are found and removed within days.",
            "Wait until the cooldown ends or pin an older version.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.cooldown-fix",
            "Young release let through the cooldown: it fixes the installed version",
            "The installed version is affected by an advisory that this release, younger "
            "than the cooldown, fixes; a security fix is not held back (see pipwarden.cooldown).",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.new-project",
            "Project is younger than new-project-days",
            "The project's first upload is recent; new projects have no track record.",
            "Review the project and its code before depending on it.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.single-release",
            "Project has a single release",
            "One release only: no history to judge the project by.",
            "Review the project before depending on it.",
            Severity.LOW,
        ),
        _R(
            "publishers.version-jump",
            "Large version jump",
            "The version leaps far beyond the previous release, a pattern of dependency "
            "confusion and of releases that want to win every resolution.",
            "Check that the release is genuine; pin the previous version meanwhile.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.yanked",
            "Yanked version requested",
            "The maintainers withdrew this release.",
            "Pick a version that is not yanked.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.no-description",
            "Project has no description",
            "Empty descriptions are common in throw-away and malicious projects.",
            "Review the project before depending on it.",
            Severity.LOW,
        ),
        _R(
            "publishers.no-repository",
            "Project links no source repository",
            "Without a repository link the published code cannot be compared with its source.",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.repository-mismatch",
            "Repository link names another project",
            "The repository link points at a project with another name (starjacking borrows "
            "a popular project's reputation this way).",
            "Check that the repository really publishes this package.",
            Severity.LOW,
        ),
        _R(
            "publishers.disposable-email",
            "Maintainer email on a disposable domain",
            "Throw-away mail domains are used by publishers who do not want to be reached.",
            "Review the project before depending on it.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.dormant-release",
            "Release after a long dormancy",
            "A release after years of silence; harmless alone, suspicious with new owners.",
            "",
            Severity.LOW,
        ),
        _R(
            "publishers.dormant-new-owner",
            "Release after a long dormancy by a new owner",
            "A project silent for years releases again while someone who was not an owner "
            "before may now publish: the shape of an abandoned-project takeover.",
            "Review the release's code and the new owner before installing.",
            Severity.HIGH,
        ),
        _R(
            "publishers.evidence-unavailable",
            "Publisher evidence unavailable",
            "The index did not answer the JSON API; publisher checks could not run.",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.evidence-unreadable",
            "Publisher evidence could not be read",
            "The index answered the JSON API (or the simple API) with an error after retries, "
            "with something that is not JSON, or with JSON of the wrong shape: owners, "
            "repository and releases could not be checked. It blocks (high) when a trust "
            "record exists for the project, since changes since then cannot be seen.",
            "Retry later; review the project's owners by hand before installing.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.attestations-unavailable",
            "Attestations not available from the index",
            "The index does not offer PEP 740 attestations.",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.attested",
            "File carries PEP 740 attestations",
            "The index serves attestations for this file; pipwarden records the trusted "
            "publisher identity but does not verify the signatures.",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.attestations-error",
            "Attestations could not be read",
            "The integrity API answered something pipwarden could not read. It blocks (high) "
            "when the trusted record says the project was attested, since a change of "
            "publisher cannot be seen.",
            "Retry later; check the release's attestations by hand before installing.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.trust-recorded",
            "Publishers recorded on first use",
            "First vet of the project: owners, repository, publisher and attestation state "
            "were recorded; later changes are alerts.",
            "",
            Severity.INFO,
        ),
        _R(
            "publishers.owner-added",
            "Owner added since the trusted record",
            "Someone who could not publish before now can.",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.HIGH,
        ),
        _R(
            "publishers.organization-changed",
            "Owning organization changed since the trusted record",
            "The PyPI organization that owns the project is not the one trusted: its members "
            "may publish now.",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.HIGH,
        ),
        _R(
            "publishers.owner-removed",
            "Owner removed since the trusted record",
            "Someone who could publish no longer can (also a step of account takeovers).",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.role-changed",
            "Owner role changed since the trusted record",
            "A user's role changed (a maintainer became an owner, say).",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.repository-changed",
            "Repository link changed since the trusted record",
            "The project now points at another source repository.",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.MEDIUM,
        ),
        _R(
            "publishers.attestations-stopped",
            "Attestations stopped",
            "Releases were attested before and this newer one is not: it may not come from "
            "the trusted publishing workflow.",
            "Review the release, then `pipwarden trust accept PROJECT`.",
            Severity.HIGH,
        ),
        _R(
            "publishers.publisher-changed",
            "Trusted publisher changed",
            "The release was attested by another publisher identity (repository or workflow).",
            "Review the change, then `pipwarden trust accept PROJECT`.",
            Severity.HIGH,
        ),
    )
}


def finding(
    rule: str,
    message: str,
    package: str,
    version: str | None,
    *,
    evidence: str = "",
    details: dict[str, object] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A publishers finding with the rule's default severity (or `severity`)."""
    info = RULES[rule]
    return Finding(
        check=CHECK,
        rule=rule,
        severity=info.severity if severity is None else severity,
        message=message,
        package=package,
        version=version,
        evidence=evidence,
        remediation=info.fix,
        details=dict(details or {}),
    )


def utcnow() -> dt.datetime:
    """The current time, UTC and aware."""
    return dt.datetime.now(dt.timezone.utc)


def cooldown_cutoff(policy: Policy, now: dt.datetime | None = None) -> dt.datetime:
    """Releases uploaded after this instant are inside the cooldown.

    The resolver passes it to pip's ``--uploaded-prior-to`` so that an older
    version satisfying the request is preferred.
    """
    return (now or utcnow()) - dt.timedelta(days=policy.cooldown_days)


def _age(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return f"{max(hours, 0):.0f} hours"
    return f"{delta.days} days"


@functools.lru_cache(maxsize=1 << 16)
def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def previous_release(project: ProjectEvidence, version: str) -> Release | None:
    """The highest release below `version` (by version order), if any."""
    target = _version(version)
    if target is None:
        return None
    best: tuple[Version, Release] | None = None
    for rel in project.releases:
        ver = _version(rel.version)
        if ver is None or ver >= target:
            continue
        if best is None or ver > best[0]:
            best = (ver, rel)
    return best[1] if best else None


def previous_upload(
    project: ProjectEvidence, when: dt.datetime, version: str
) -> dt.datetime | None:
    """The latest upload of another release strictly before `when`."""
    best: dt.datetime | None = None
    want = _version(version)
    for rel in project.releases:
        if rel.uploaded is None or rel.uploaded >= when:
            continue
        if rel.version == version or (want is not None and _version(rel.version) == want):
            continue
        if best is None or rel.uploaded > best:
            best = rel.uploaded
    return best


_GENERIC_TOKENS = frozenset({"python", "py", "lib", "the", "for", "and", "pkg", "package"})


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def repository_names_other_project(name: str, repository: str) -> bool:
    """True when a forge repository URL shares no name token with the project.

    ``psf/requests`` for ``requests`` or ``grpc/grpc`` for ``grpcio`` match;
    ``psf/requests`` for ``reqeusts`` does not.
    """
    parsed = urllib.parse.urlsplit(repository)
    if parsed.hostname not in FORGES:
        return False
    parts = [p for p in parsed.path.split("/") if p]
    if len(parts) < 2:
        return False
    repo_text = "/".join(parts).lower().replace("_", "-").replace(".", "-")
    squashed_repo = _squash(repo_text)
    norm = canonicalize_name(name)
    squashed_name = _squash(norm)
    if squashed_name and squashed_name in squashed_repo:
        return False
    tokens = [t for t in re.split(r"[-_.]", norm) if len(t) >= 3 and t not in _GENERIC_TOKENS]
    if any(t in repo_text or t in squashed_repo for t in tokens):
        return False
    for part in parts:
        squashed = _squash(part)
        for affix in ("python", "py"):
            if squashed.startswith(affix) and len(squashed) > len(affix):
                squashed = squashed[len(affix) :]
            if squashed.endswith(affix) and len(squashed) > len(affix):
                squashed = squashed[: -len(affix)]
        if len(squashed) >= 3 and squashed in squashed_name:
            return False
    return True


def disposable_emails(emails: Iterable[str]) -> list[str]:
    """The addresses whose domain is (a subdomain of) a disposable mail domain."""
    out = []
    for email in emails:
        domain = email.rpartition("@")[2].lower().rstrip(".")
        labels = domain.split(".")
        if any(".".join(labels[i:]) in DISPOSABLE_DOMAINS for i in range(len(labels) - 1)):
            out.append(email)
    return out


def evaluate(
    evidence: Evidence,
    policy: Policy,
    *,
    yanked: bool | str = False,
    new_owners: Iterable[str] | None = None,
    now: dt.datetime | None = None,
) -> list[Finding]:
    """The heuristic findings for one resolved version of a project.

    `yanked` is what the resolver reported for the file (True or the reason);
    `new_owners` are users who may publish now but were not in the trusted
    record (None when there is no record to compare with).
    """
    now = now or utcnow()
    project = evidence.project
    name = project.name
    version = evidence.version
    out: list[Finding] = []
    where = project.index

    att = evidence.attestation
    if att.status == "unavailable":
        out.append(
            finding(
                "publishers.attestations-unavailable",
                att.message or f"attestations not available from {where}",
                name,
                version,
            )
        )
    elif att.status == "attested":
        out.append(
            finding(
                "publishers.attested",
                f"{att.filename} is attested by {att.publisher or 'an unnamed publisher'} "
                "(signatures not verified by pipwarden)",
                name,
                version,
                evidence=att.message,
                details={"publisher": att.publisher, "verified": att.verified},
            )
        )
    elif att.status == "error":
        out.append(
            finding(
                "publishers.attestations-error",
                f"the attestations of {att.filename} could not be read: {att.message}",
                name,
                version,
            )
        )

    release = project.release(version) if version else None

    # Yanked: the resolver's report (with the project page's reason) or the JSON API;
    # said even when the rest of the evidence is missing.
    if yanked or (release is not None and release.yanked):
        reason = yanked if isinstance(yanked, str) and yanked else None
        reason = reason or (release.yanked_reason if release else None)
        out.append(
            finding(
                "publishers.yanked",
                f"{name} {version} was yanked by its maintainers"
                + (f": {reason}" if reason else " (no reason given)"),
                name,
                version,
                details={"reason": reason},
            )
        )

    if project.unreadable:
        out.append(
            finding(
                "publishers.evidence-unreadable",
                f"publisher evidence for {name} could not be read: {project.error}",
                name,
                version,
                details={"source": project.unreadable},
            )
        )
        if not project.releases:
            return out
    elif not project.found:
        out.append(
            finding(
                "publishers.evidence-unavailable",
                f"no publisher evidence for {name}: {project.error or 'the index did not answer'}",
                name,
                version,
            )
        )
        if not project.releases:
            return out

    # Cooldown: the release is too young.
    if release is not None and release.uploaded is not None:
        cutoff = cooldown_cutoff(policy, now)
        if release.uploaded > cutoff:
            until = release.uploaded + dt.timedelta(days=policy.cooldown_days)
            out.append(
                finding(
                    "publishers.cooldown",
                    f"{name} {version} was uploaded {_age(now - release.uploaded)} ago, "
                    f"inside the {policy.cooldown_days}-day cooldown (ends "
                    f"{until:%Y-%m-%d %H:%M} UTC)",
                    name,
                    version,
                    evidence=f"uploaded {release.uploaded.isoformat()}",
                    details={
                        "uploaded": release.uploaded.isoformat(),
                        "cooldown_days": policy.cooldown_days,
                        "cutoff": cutoff.isoformat(),
                    },
                )
            )

    # New project.
    first = project.first_upload
    if first is not None and now - first < dt.timedelta(days=policy.new_project_days):
        out.append(
            finding(
                "publishers.new-project",
                f"{name} was first uploaded {_age(now - first)} ago "
                f"(policy: new-project-days = {policy.new_project_days})",
                name,
                version,
                details={"first_upload": first.isoformat()},
            )
        )

    if len(project.releases) == 1:
        out.append(
            finding(
                "publishers.single-release",
                f"{name} has a single release ({project.releases[0].version})",
                name,
                version,
            )
        )

    # Large version jump.
    if version:
        prev = previous_release(project, version)
        cur, old = _version(version), _version(prev.version) if prev else None
        if cur is not None and old is not None and cur.epoch == old.epoch:
            jump = cur.major - old.major
            if jump >= VERSION_JUMP:
                calver = 1990 <= cur.major <= 2100 and not 1990 <= old.major <= 2100
                out.append(
                    finding(
                        "publishers.version-jump",
                        f"{name} jumps from {old} to {cur}"
                        + (" (looks like a switch to calendar versioning)" if calver else ""),
                        name,
                        version,
                        details={"previous": str(old), "version": str(cur)},
                        severity=Severity.LOW if calver else None,
                    )
                )
        elif (
            cur is not None
            and prev is None
            and cur.major >= FIRST_RELEASE_MAJOR
            and not 1990 <= cur.major <= 2100
            and project.release(version) is not None
        ):
            out.append(
                finding(
                    "publishers.version-jump",
                    f"{name}'s first release is {cur}, a version chosen to win every resolution "
                    "(the shape of dependency confusion)",
                    name,
                    version,
                    details={"previous": None, "version": str(cur)},
                )
            )

    if project.found and project.description_length == 0:
        out.append(
            finding("publishers.no-description", f"{name} has an empty description", name, version)
        )

    if project.found:
        if project.repository is None:
            out.append(
                finding(
                    "publishers.no-repository",
                    f"{name} links no source repository",
                    name,
                    version,
                )
            )
        elif repository_names_other_project(name, project.repository):
            out.append(
                finding(
                    "publishers.repository-mismatch",
                    f"{name} links {project.repository}, which names another project",
                    name,
                    version,
                    details={"repository": project.repository},
                )
            )

    bad_mail = disposable_emails(project.emails)
    if bad_mail:
        out.append(
            finding(
                "publishers.disposable-email",
                f"{name} lists a disposable email address: {', '.join(bad_mail)}",
                name,
                version,
                details={"emails": bad_mail},
            )
        )

    # A release after a long dormancy (by an owner who was not there before).
    if release is not None and release.uploaded is not None and version:
        before = previous_upload(project, release.uploaded, version)
        if before is not None and release.uploaded - before >= dt.timedelta(days=DORMANCY_DAYS):
            gap = (release.uploaded - before).days
            added = sorted(new_owners or ())
            if added:
                out.append(
                    finding(
                        "publishers.dormant-new-owner",
                        f"{name} {version} follows {gap} days without a release, and "
                        f"{', '.join(added)} may publish now but was not an owner before",
                        name,
                        version,
                        details={"gap_days": gap, "new_owners": added},
                    )
                )
            else:
                out.append(
                    finding(
                        "publishers.dormant-release",
                        f"{name} {version} follows {gap} days without a release",
                        name,
                        version,
                        details={"gap_days": gap},
                    )
                )
    return out
