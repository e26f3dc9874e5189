"""Audit output: table (rich), JSON in pip-audit's shape, markdown, SARIF, CycloneDX 1.6."""

from __future__ import annotations

import io
from typing import Any

from pipwarden import __version__
from pipwarden.audit import malware
from pipwarden.audit.engine import AuditReport, DependencyResult, Vuln
from pipwarden.report import sarif
from pipwarden.report.interface import Format, by_name
from pipwarden.report.jsontext import dumps_indented
from pipwarden.rules import Rule


def _sev(vuln: Vuln) -> str:
    if vuln.severity_source == "unknown":
        return "unknown (treated as high)"
    origin = vuln.severity_origin
    if origin == "alias" or (origin == "database_specific" and vuln.severity_origin_id != vuln.id):
        where = f"from {vuln.severity_origin_id}"
    elif origin == "database_specific":
        where = "database label"
    else:
        where = ""
    if vuln.score is not None:
        where = f"{vuln.score:.1f}" + (f", {where}" if where else "")
    return f"{vuln.severity.label} ({where})" if where else vuln.severity.label


# -- JSON --------------------------------------------------------------------
def to_json(report: AuditReport) -> dict[str, Any]:
    """pip-audit's JSON shape: ``{"dependencies": [...], "fixes": [...]}`` plus extras."""
    deps: list[dict[str, Any]] = []
    audited = sorted(
        [*report.results, *(DependencyResult(d, ()) for d in report.clean)],
        key=lambda r: r.dependency.key,
    )
    for res in audited:
        deps.append(
            {
                "name": res.dependency.name,
                "version": res.dependency.version,
                "vulns": [_vuln_json(v) for v in res.vulns],
                "upgrade": res.upgrade,
                "ignored": [
                    {"id": v.id, "reason": ign.reason, "expires": str(ign.expires or "")}
                    for v, ign in res.ignored
                ],
                "file": res.dependency.file,
                "line": res.dependency.line,
                **({"via": res.dependency.via} if res.dependency.via else {}),
            }
        )
    for dep in report.skipped:
        deps.append({"name": dep.name, "skip_reason": dep.skip, "file": dep.file, "line": dep.line})
    fixes = [{"name": n, "old_version": old, "new_version": new} for n, old, new in report.fixes]
    malware = [
        {
            "name": dep.name,
            "version": dep.version,
            "id": rep.id,
            "aliases": list(rep.aliases),
            "summary": rep.summary,
            "published": rep.published,
            "references": list(rep.references[:5]),
            "file": dep.file,
            "line": dep.line,
        }
        for dep, rep in report.malware
    ]
    status = report.status
    return {
        "dependencies": deps,
        "fixes": fixes,
        "malware": malware,
        "database": None
        if status is None
        else {
            "source": status.source,
            "updated": status.updated.isoformat(),
            "newest_modified": status.newest_modified,
            "advisories": status.advisories,
            "stale": report.stale_days is not None,
        },
    }


def _vuln_json(vuln: Vuln) -> dict[str, Any]:
    return {
        "id": vuln.id,
        "aliases": list(vuln.aliases),
        "fix_versions": list(vuln.fix_versions),
        "description": vuln.description,
        "severity": vuln.severity.label,
        "severity_source": vuln.severity_source,
        "severity_origin": vuln.severity_origin,
        "severity_origin_id": vuln.severity_origin_id,
        "score": vuln.score,
        "vector": vuln.vector,
    }


# -- table -------------------------------------------------------------------
def render_table(report: AuditReport, *, color: bool = False) -> str:
    """A rich table of vulnerable dependencies, then what was not audited."""
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, width=140, no_color=not color)
    _malware_table(report, console)
    vulnerable = report.vulnerable
    if vulnerable:
        table = Table(title="Known vulnerabilities", show_lines=False)
        for col in ("Package", "Version", "ID", "Aliases", "Severity", "Fix versions", "Upgrade"):
            table.add_column(col, overflow="fold")
        for res in vulnerable:
            for vuln in res.vulns:
                table.add_row(
                    res.dependency.name,
                    (res.dependency.version or "") + (" (resolved)" if res.dependency.via else ""),
                    vuln.id,
                    ", ".join(vuln.aliases),
                    _sev(vuln),
                    ", ".join(vuln.fix_versions) or "none known",
                    res.upgrade or "none known",
                )
        console.print(table)
    count = sum(len(r.vulns) for r in vulnerable)
    if count:
        console.print(f"Found {count} known vulnerabilities in {len(vulnerable)} packages.")
    else:
        console.print("No known vulnerabilities found.")
    for res in report.results:
        for vuln, ign in res.ignored:
            until = f" until {ign.expires}" if ign.expires else ""
            console.print(
                f"Ignored {vuln.id} in {res.dependency.name}{until}: {ign.reason}",
                highlight=False,
            )
    if report.skipped:
        console.print(f"Not audited ({len(report.skipped)}):", highlight=False)
        for dep in report.skipped:
            where = f" ({dep.file}:{dep.line})" if dep.file and dep.line else ""
            console.print(f"  {dep.name}: {dep.skip}{where}", highlight=False, markup=False)
    return buf.getvalue()


def _malware_table(report: AuditReport, console: Any) -> None:
    """The known-malware section, first: a match blocks whatever fail-on says."""
    from rich.table import Table

    if not report.malware:
        return
    table = Table(title="Known malware (OSV malicious-package reports)", show_lines=False)
    for col in ("Package", "Version", "ID", "Summary"):
        table.add_column(col, overflow="fold")
    for dep, rep in report.malware:
        table.add_row(dep.name, dep.version or "any", rep.id, rep.summary)
    console.print(table)
    console.print(
        f"Found {len(report.malware)} known-malware matches: remove them and check every "
        "machine where they were installed.",
        highlight=False,
    )


# -- markdown ----------------------------------------------------------------
def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_markdown(report: AuditReport) -> str:
    """Markdown for a pull request comment."""
    lines = ["## pipwarden audit", ""]
    if report.malware:
        lines += [
            f"**{len(report.malware)} known-malware matches (OSV malicious-package reports).**",
            "",
            "| Package | Version | ID | Summary |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {_md(d.name)} | {d.version or 'any'} | {r.id} | {_md(_short(r.summary, 200))} |"
            for d, r in report.malware
        ]
        lines.append("")
    vulnerable = report.vulnerable
    count = sum(len(r.vulns) for r in vulnerable)
    if not count:
        lines.append("No known vulnerabilities found.")
    else:
        lines += [
            f"**{count} known vulnerabilities in {len(vulnerable)} packages.**",
            "",
            "| Package | Version | ID | Severity | Fix versions | Safe upgrade | Summary |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for res in vulnerable:
            for vuln in res.vulns:
                ident = vuln.id + (f" ({', '.join(vuln.aliases)})" if vuln.aliases else "")
                lines.append(
                    f"| {_md(res.dependency.name)} | {res.dependency.version} | {_md(ident)} | "
                    f"{_sev(vuln)} | {', '.join(vuln.fix_versions) or 'none known'} | "
                    f"{res.upgrade or 'none known'} | {_md(_short(vuln.description, 200))} |"
                )
    if report.skipped:
        lines += ["", f"<details><summary>Not audited ({len(report.skipped)})</summary>", ""]
        lines += [f"- `{d.name}`: {_md(d.skip or '')}" for d in report.skipped]
        lines += ["", "</details>"]
    if report.status is not None:
        lines += [
            "",
            f"_Advisories: {report.status.advisories} from {report.status.source}, "
            f"newest modified {report.status.newest_modified or 'unknown'}._",
        ]
    return "\n".join(lines) + "\n"


# -- SARIF -------------------------------------------------------------------
def to_sarif(report: AuditReport) -> dict[str, Any]:
    """SARIF 2.1.0: one rule per advisory, one result per vulnerable dependency."""
    rules = []
    seen: set[str] = set()
    for res in report.vulnerable:
        for vuln in res.vulns:
            if vuln.id in seen:
                continue
            seen.add(vuln.id)
            rules.append(
                Rule(
                    id=vuln.id,
                    title=vuln.description[:200] or vuln.id,
                    description=vuln.details[:1000] or vuln.description,
                    fix=f"Upgrade to {', '.join(vuln.fix_versions)}" if vuln.fix_versions else "",
                    severity=vuln.severity,
                )
            )
    if report.malware:
        seen.add(malware.RULE)
        rules.append(malware.RULES[malware.RULE])
    findings = [f for f in report.findings() if f.rule in seen]
    return sarif.build(findings, rules)


# -- CycloneDX ---------------------------------------------------------------
_CDX_METHOD = {"CVSS_V2": "CVSSv2", "CVSS_V3": "CVSSv3", "CVSS_V4": "CVSSv4"}


def to_cyclonedx(report: AuditReport) -> str:
    """A CycloneDX 1.6 JSON SBOM of the audited dependencies with their vulnerabilities."""
    from decimal import Decimal

    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.model.vulnerability import (
        BomTarget,
        Vulnerability,
        VulnerabilityRating,
        VulnerabilityScoreSource,
        VulnerabilitySeverity,
        VulnerabilitySource,
    )
    from cyclonedx.output.json import JsonV1Dot6
    from packageurl import PackageURL

    bom = Bom()
    root = Component(name="pipwarden-audit", version=__version__, type=ComponentType.APPLICATION)
    bom.metadata.component = root
    refs: dict[tuple[str, str], str] = {}
    results: list[DependencyResult] = sorted(report.results, key=lambda r: r.dependency.key)
    all_deps = sorted(
        {(r.dependency.key, r.dependency.version or "") for r in results}
        | {(d.key, d.version or "") for d in report.clean}
    )
    for key, version in all_deps:
        ref = f"pkg:pypi/{key}@{version}"
        refs[(key, version)] = ref
        bom.components.add(
            Component(
                name=key,
                version=version,
                type=ComponentType.LIBRARY,
                purl=PackageURL(type="pypi", name=key, version=version),
                bom_ref=ref,
            )
        )
    bom.register_dependency(root, list(bom.components))
    for res in results:
        ref = refs[(res.dependency.key, res.dependency.version or "")]
        for vuln in res.vulns:
            ratings = []
            method = _CDX_METHOD.get(vuln.severity_source)
            if method is not None and vuln.score is not None:
                ratings.append(
                    VulnerabilityRating(
                        score=Decimal(str(vuln.score)),
                        severity=VulnerabilitySeverity(vuln.severity.label),
                        method=VulnerabilityScoreSource(method),
                        vector=vuln.vector,
                    )
                )
            else:
                label = "unknown" if vuln.severity_source == "unknown" else vuln.severity.label
                ratings.append(VulnerabilityRating(severity=VulnerabilitySeverity(label)))
            rec = (
                f"Upgrade to {res.upgrade}"
                if res.upgrade
                else ("Upgrade to " + ", ".join(vuln.fix_versions) if vuln.fix_versions else None)
            )
            bom.vulnerabilities.add(
                Vulnerability(
                    bom_ref=f"{vuln.id}/{ref}",
                    id=vuln.id,
                    source=VulnerabilitySource(name="OSV"),
                    description=vuln.description or None,
                    detail=vuln.details or None,
                    recommendation=rec,
                    ratings=ratings,
                    affects=[BomTarget(ref=ref)],
                )
            )
    return str(JsonV1Dot6(bom).output_as_string(indent=2))


# -- the formats ---------------------------------------------------------------
class TableFormat(Format[AuditReport]):
    """A table of the vulnerable dependencies, with the fixes and what was not audited."""

    name = "table"

    def render(self, result: AuditReport) -> str:
        return render_table(result, color=self.color)


class JsonFormat(Format[AuditReport]):
    """pip-audit's JSON shape (`to_json`)."""

    name = "json"

    def render(self, result: AuditReport) -> str:
        return dumps_indented(to_json(result)) + "\n"


class MarkdownFormat(Format[AuditReport]):
    """A markdown report (for a pull request or an issue)."""

    name = "markdown"

    def render(self, result: AuditReport) -> str:
        return render_markdown(result)


class SarifFormat(Format[AuditReport]):
    """SARIF 2.1.0, one rule per advisory (`to_sarif`)."""

    name = "sarif"

    def render(self, result: AuditReport) -> str:
        return dumps_indented(to_sarif(result)) + "\n"


class CycloneDXFormat(Format[AuditReport]):
    """A CycloneDX 1.6 JSON BOM with the vulnerabilities (`to_cyclonedx`)."""

    name = "cyclonedx"

    def render(self, result: AuditReport) -> str:
        return to_cyclonedx(result) + "\n"


#: `audit --format`: its formats by name.
FORMATS = by_name([TableFormat, JsonFormat, MarkdownFormat, SarifFormat, CycloneDXFormat])
