"""The audit itself: dependencies in, vulnerabilities (merged by alias) and upgrades out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from packaging.version import InvalidVersion, Version

from pipwarden.audit.malware import malware_finding
from pipwarden.audit.malware import matches as known_malware
from pipwarden.audit.osv import Advisory, AdvisoryDB, Status, canonical, parse_version
from pipwarden.audit.sources import Dependency
from pipwarden.findings import Finding, Severity
from pipwarden.policy import Ignore, Policy
from pipwarden.rules import Rule

CHECK = "advisories"

#: An OSV advisory id or alias (PYSEC-2023-74, GHSA-j8r2-6x86-q33q, CVE-2023-32681, MAL-...).
ADVISORY_ID = r"[A-Z][A-Z0-9]*-[A-Za-z0-9][A-Za-z0-9._:-]*"

#: The rules of audit findings: a vulnerability's finding carries the advisory's own id.
RULES: tuple[Rule, ...] = (
    Rule(
        "advisories.vulnerability",
        "Known vulnerability",
        "The version is affected by a published advisory (OSV). The finding's id is the "
        "advisory's own (PYSEC-..., GHSA-..., CVE-...), its severity the advisory's.",
        "Upgrade to the smallest version that clears every advisory (`pipwarden audit --fix`).",
        Severity.HIGH,
        "CWE-1395",
        pattern=ADVISORY_ID,
    ),
    Rule(
        "advisories.not-audited",
        "Dependency that could not be audited",
        "A dependency that is not pinned (or not resolvable) has no version to look up.",
        "Pin it (==) or audit a lock file to have it checked.",
        Severity.INFO,
    ),
)
_ID_PREFERENCE = ("PYSEC-", "GHSA-", "CVE-")


@dataclass(frozen=True)
class Vuln:
    """One flaw affecting a dependency: advisories sharing an id or alias, merged."""

    id: str
    aliases: tuple[str, ...]
    summary: str
    details: str
    severity: Severity
    severity_source: str
    score: float | None
    vector: str | None
    #: Fixed versions above the audited version, lowest first.
    fix_versions: tuple[str, ...]
    references: tuple[str, ...] = ()
    #: Where the severity was found: record, alias, database_specific or unknown.
    severity_origin: str = "unknown"
    #: The id of the record the severity was read from.
    severity_origin_id: str | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        """The id followed by its aliases."""
        return (self.id, *self.aliases)

    @property
    def description(self) -> str:
        """The summary, or the first paragraph of the details."""
        if self.summary:
            return self.summary
        return self.details.strip().split("\n\n", 1)[0].replace("\n", " ")


@dataclass(frozen=True)
class DependencyResult:
    """An audited dependency with its vulnerabilities and the smallest safe upgrade."""

    dependency: Dependency
    vulns: tuple[Vuln, ...]
    #: The smallest version above the audited one clearing every advisory, if one is known.
    upgrade: str | None = None
    #: Vulnerabilities covered by a (still valid) policy ignore: (vuln, ignore).
    ignored: tuple[tuple[Vuln, Ignore], ...] = ()


@dataclass(frozen=True)
class AuditReport:
    """Everything an audit found."""

    results: tuple[DependencyResult, ...]
    skipped: tuple[Dependency, ...]
    status: Status | None
    #: Audited dependencies without any known vulnerability.
    clean: tuple[Dependency, ...] = ()
    #: Ignores past their expiry date that cover a vulnerability found here.
    expired: tuple[tuple[Ignore, str], ...] = ()
    stale_days: float | None = None
    fixes: tuple[tuple[str, str, str], ...] = field(default=())
    #: Dependencies an OSV malicious-package report (MAL-) names, with the report.
    malware: tuple[tuple[Dependency, Advisory], ...] = ()

    @property
    def vulnerable(self) -> list[DependencyResult]:
        """Results with at least one vulnerability that is not ignored."""
        return [r for r in self.results if r.vulns]

    def findings(self) -> list[Finding]:
        """One finding per known-malware match, per (dependency, vulnerability) and per
        skipped dependency."""
        out = [
            malware_finding(dep.name, dep.version, rep, file=dep.file, line=dep.line)
            for dep, rep in self.malware
        ]
        for res in self.results:
            for vuln in res.vulns:
                out.append(vuln_finding(res.dependency, vuln, res.upgrade))
        for dep in self.skipped:
            out.append(skipped_finding(dep))
        return out


def merge(advisories: Iterable[Advisory], version: str | None = None) -> list[Vuln]:
    """Advisories that name each other (id or alias) merged into one Vuln each."""
    advs = list(advisories)
    parent = list(range(len(advs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, adv in enumerate(advs):
        for ident in adv.ids:
            j = owner.setdefault(ident, i)
            if j != i:
                parent[find(i)] = find(j)
    groups: dict[int, list[Advisory]] = {}
    for i, adv in enumerate(advs):
        groups.setdefault(find(i), []).append(adv)
    return sorted((_merge_group(g, version) for g in groups.values()), key=lambda v: v.id)


def _preference(ident: str) -> tuple[int, str]:
    for rank, prefix in enumerate(_ID_PREFERENCE):
        if ident.startswith(prefix):
            return rank, ident
    return len(_ID_PREFERENCE), ident


def _merge_group(group: list[Advisory], version: str | None) -> Vuln:
    primary = min(group, key=lambda a: _preference(a.id))
    ids = {i for a in group for i in a.ids}
    scored = max(
        group,
        key=lambda a: (a.score is not None, a.severity_source != "unknown", a is primary),
    )
    origin = scored.severity_origin
    if scored is not primary and origin == "record":
        origin = "alias"  # the vector of another id of the same flaw
    current = _version(version)
    fixes: set[str] = set()
    for adv in group:
        for fix in adv.fixed:
            parsed = _version(fix)
            if parsed is not None and (current is None or parsed > current):
                fixes.add(fix)
    return Vuln(
        id=primary.id,
        aliases=tuple(sorted(ids - {primary.id}, key=_preference)),
        summary=next((a.summary for a in group if a.summary), ""),
        details=primary.details or next((a.details for a in group if a.details), ""),
        severity=scored.severity,
        severity_source=scored.severity_source,
        score=scored.score,
        vector=scored.vector,
        fix_versions=tuple(sorted(fixes, key=parse_version)),
        references=primary.references,
        severity_origin=origin,
        severity_origin_id=scored.severity_origin_id,
    )


def _version(text: str | None) -> Version | None:
    if text is None:
        return None
    try:
        return parse_version(text)
    except InvalidVersion:
        return None


def smallest_upgrade(version: str, advisories: Sequence[Advisory]) -> str | None:
    """The lowest version above `version` that no advisory in `advisories` affects.

    Candidates are the advisories' ``fixed`` versions: any other version they
    name is affected by the advisory naming it. Pre-releases only when
    `version` is one or nothing else clears.
    """
    current = _version(version)
    if current is None:
        return None
    candidates: dict[Version, str] = {}
    for adv in advisories:
        for text in adv.fixed:
            parsed = _version(text)
            if parsed is not None and parsed > current and parsed not in candidates:
                candidates[parsed] = text
    ordered = sorted(candidates)
    finals = [v for v in ordered if not v.is_prerelease]
    # The advisory that ruled out a candidate is asked first about the next one
    # (it often rules that out too): the answer is the same, found sooner.
    order = list(advisories)
    for pool in (finals, ordered) if not current.is_prerelease else (ordered,):
        for cand in pool:
            text = candidates[cand]
            canon = canonical(text)
            for i, adv in enumerate(order):
                if adv.affects_parsed(canon, cand):
                    order.insert(0, order.pop(i))
                    break
            else:
                return text
    return None


def vuln_finding(dep: Dependency, vuln: Vuln, upgrade: str | None) -> Finding:
    """The Finding for one vulnerability of one dependency."""
    if upgrade:
        fix = f"upgrade {dep.name} to {upgrade} (the smallest version clearing all its advisories)"
    elif vuln.fix_versions:
        fix = f"upgrade {dep.name} to {vuln.fix_versions[0]} or later"
    else:
        fix = "no fixed version is known; consider removing or replacing the dependency"
    aka = f" (aka {', '.join(vuln.aliases)})" if vuln.aliases else ""
    return Finding(
        check=CHECK,
        rule=vuln.id,
        severity=vuln.severity,
        message=f"{vuln.id}{aka}: {vuln.description}",
        package=dep.name,
        version=dep.version,
        file=dep.file,
        line=dep.line,
        evidence=vuln.vector or "",
        remediation=fix,
        details={
            "ids": list(vuln.ids),
            "fix_versions": list(vuln.fix_versions),
            "upgrade": upgrade,
            "score": vuln.score,
            "severity_source": vuln.severity_source,
            "severity_origin": vuln.severity_origin,
            "severity_origin_id": vuln.severity_origin_id,
        },
    )


def skipped_finding(dep: Dependency) -> Finding:
    """An info Finding for a dependency that could not be audited (never silent)."""
    note = ""
    if dep.skip and dep.skip.startswith("not pinned"):
        note = "pin it (==) or audit a lock file to have it checked"
    return Finding(
        check=CHECK,
        rule="advisories.not-audited",
        severity=Severity.INFO,
        message=f"{dep.name}: {dep.skip}",
        package=dep.name,
        file=dep.file,
        line=dep.line,
        remediation=note,
    )


def _not_ignored(policy: Policy, finding: Finding, today: dt.date | None) -> bool:
    ign = policy.ignored(finding)
    return ign is None or ign.expired(today)


def audit(
    dependencies: Iterable[Dependency],
    db: AdvisoryDB,
    policy: Policy,
    *,
    today: dt.date | None = None,
) -> AuditReport:
    """Match `dependencies` against `db`, applying the policy's ignores.

    Known malware (MAL reports) is matched apart from the vulnerabilities; an
    unpinned dependency matches a report that affects every version.
    """
    deps: list[Dependency] = []
    skipped: list[Dependency] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for dep in dependencies:
        key = (dep.key, dep.version, dep.skip)
        if key in seen:
            continue
        seen.add(key)
        (skipped if dep.version is None else deps).append(dep)
    by_name = db.advisories(d.key for d in deps)
    reports = db.malware(d.key for d in (*deps, *skipped))
    malware = [
        (dep, rep)
        for dep in (*deps, *skipped)
        for rep in known_malware(reports.get(dep.key, []), dep.version)
        if not policy.ignore
        or _not_ignored(policy, malware_finding(dep.name, dep.version, rep), today)
    ]
    results = []
    clean: list[Dependency] = []
    expired: list[tuple[Ignore, str]] = []
    for dep in deps:
        assert dep.version is not None
        known = by_name.get(dep.key, [])
        hits = [a for a in known if a.affects(dep.version)]
        if not hits:
            clean.append(dep)
            continue
        kept: list[Vuln] = []
        ignored: list[tuple[Vuln, Ignore]] = []
        for vuln in merge(hits, dep.version):
            ign = policy.ignored(vuln_finding(dep, vuln, None)) if policy.ignore else None
            if ign is None:
                kept.append(vuln)
            elif ign.expired(today):
                expired.append((ign, f"{dep.name} {dep.version}: {vuln.id}"))
                kept.append(vuln)
            else:
                ignored.append((vuln, ign))
        upgrade = smallest_upgrade(dep.version, known)
        results.append(DependencyResult(dep, tuple(kept), upgrade, tuple(ignored)))
    status = db.status()
    stale = None
    if status is not None and status.age_days() > policy.db_max_age_days:
        stale = status.age_days()
    return AuditReport(
        results=tuple(results),
        skipped=tuple(skipped),
        status=status,
        clean=tuple(clean),
        expired=tuple(expired),
        stale_days=stale,
        malware=tuple(malware),
    )
