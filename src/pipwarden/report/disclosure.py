"""Renderings of posture results (table, JSON, markdown, SARIF) and of
vulnerability reports (plain text, markdown, OSV JSON)."""

from __future__ import annotations

import json
from typing import Any

from pipwarden import __version__
from pipwarden.disclosure.channel import Channel
from pipwarden.disclosure.posture import FAIL, RULES, Evidence, Posture, severity_of
from pipwarden.disclosure.vulnreport import CvssScore, VulnReport
from pipwarden.findings import Finding
from pipwarden.report import sarif
from pipwarden.report.interface import Format, by_name

REPORT_FORMATS = ("text", "markdown", "osv")

_STATUS = {"pass": "PASS", "fail": "FAIL", "n/a": "N/A "}


# -- posture --------------------------------------------------------------------


def posture_table(posture: Posture) -> str:
    """A plain-text table: one row per check, its evidence and, when failing, the fix."""
    lines = [f"Security posture of {posture.root}: {posture.score}/10", ""]
    width = max(len(r.id) for r in posture.results)
    for r in posture.results:
        lines.append(f"{_STATUS[r.status]}  {r.id:<{width}}  {r.score:>2}/10  {r.reason}")
        shown = r.evidence if r.status == FAIL else r.evidence[:2]
        for ev in shown:
            lines.append(f"{'':6}{'':<{width}}  {ev.location()}: {ev.text}")
        if r.status == FAIL:
            lines.append(f"{'':6}{'':<{width}}  fix: {r.fix}")
    return "\n".join(lines) + "\n"


def posture_json(posture: Posture) -> dict[str, Any]:
    """A JSON-ready mapping: score and every check with its evidence and fix."""
    return {
        "tool": {"name": "pipwarden", "version": __version__},
        "path": str(posture.root),
        "score": posture.score,
        "checks": [
            {
                "id": r.id,
                "title": r.title,
                "status": r.status,
                "score": r.score,
                "weight": r.weight,
                "reason": r.reason,
                "fix": r.fix,
                "evidence": [{"file": e.file, "line": e.line, "text": e.text} for e in r.evidence],
            }
            for r in posture.results
        ],
    }


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def posture_markdown(posture: Posture) -> str:
    """A markdown report: a summary table, then evidence and fixes of failing checks."""
    out = [
        f"# Security posture: {posture.score}/10",
        "",
        "| Check | Status | Score | Reason |",
        "| --- | --- | --- | --- |",
    ]
    for r in posture.results:
        out.append(f"| {_md_cell(r.title)} | {r.status} | {r.score}/10 | {_md_cell(r.reason)} |")
    failing = [r for r in posture.results if r.status == FAIL]
    for r in failing:
        out += ["", f"## {r.title}", "", f"{r.reason}.", ""]
        out += [f"- `{e.location()}`: {e.text}" for e in r.evidence]
        out += ["", f"**Fix:** {r.fix}"]
    return "\n".join(out) + "\n"


def posture_sarif(posture: Posture) -> dict[str, Any]:
    """SARIF 2.1.0: one result per problem of each failing check, at its file and line."""
    findings = []
    for r in posture.results:
        if r.status != FAIL:
            continue
        problems: list[Evidence | None] = [e for e in r.evidence if not e.ok] or [None]
        for ev in problems:
            findings.append(
                Finding(
                    check="posture",
                    rule=f"posture.{r.id}",
                    severity=severity_of(r.weight),
                    message=f"{r.title}: {ev.text if ev else r.reason}",
                    file=ev.file if ev else None,
                    line=ev.line if ev else None,
                    evidence=r.reason,
                    remediation=r.fix,
                )
            )
    return sarif.build(findings, RULES)


class PostureTableFormat(Format[Posture]):
    """Each check: PASS / FAIL / N/A, its score and reason, then the total score."""

    name = "table"

    def render(self, result: Posture) -> str:
        return posture_table(result)


class PostureJsonFormat(Format[Posture]):
    """`posture_json`."""

    name = "json"

    def render(self, result: Posture) -> str:
        return json.dumps(posture_json(result), indent=2) + "\n"


class PostureMarkdownFormat(Format[Posture]):
    """The score and each failing check with its evidence and fix, in markdown."""

    name = "markdown"

    def render(self, result: Posture) -> str:
        return posture_markdown(result)


class PostureSarifFormat(Format[Posture]):
    """SARIF 2.1.0, one result per problem of each failing check (`posture_sarif`)."""

    name = "sarif"

    def render(self, result: Posture) -> str:
        return json.dumps(posture_sarif(result), indent=2) + "\n"


#: `policy check --format`: its formats by name.
POSTURE_FORMATS = by_name(
    [PostureTableFormat, PostureJsonFormat, PostureMarkdownFormat, PostureSarifFormat]
)


# -- vulnerability reports ---------------------------------------------------------

_PUBLIC_TEXT = {
    "yes": "Yes: it is public or known to third parties.",
    "no": "No: as far as I know it is not public and not known to third parties.",
    "unknown": "Unknown: I do not know whether it is public or known to third parties.",
}


def _public(report: VulnReport) -> str:
    text = _PUBLIC_TEXT[report.public]
    if report.public_details.strip():
        text += f" {report.public_details.strip()}"
    return text


def _affected(report: VulnReport) -> str:
    if not report.package:
        return ""
    ranges = ", ".join(report.affected) if report.affected else "versions not given"
    return f"{report.package} ({ranges})"


def _cvss(cvss: CvssScore | None) -> str:
    return f"{cvss.vector} (base score {cvss.score}, {cvss.severity})" if cvss else ""


def channel_lines(channel: Channel | None) -> list[str]:
    """Where to send the report, and any notes about how that was found."""
    if channel is None:
        return ["To: (no reporting channel looked up; pass --project-path or --package)"]
    lines = []
    if channel.found:
        lines.append("To: " + ", ".join(c.value for c in channel.contacts))
        lines.append(f"    (from {channel.source})")
    else:
        lines.append(f"To: (no reporting channel found in {channel.source})")
    lines += [f"Note: {n}" for n in channel.notes]
    return lines


def report_text(report: VulnReport, cvss: CvssScore | None, channel: Channel | None) -> str:
    """The report as plain text, ready to paste into an email or a private advisory."""
    reporter = report.name.strip()
    if report.affiliation.strip():
        reporter += f", {report.affiliation.strip()}"
    steps = "\n".join(f"   {i}. {s}" for i, s in enumerate(report.steps, 1))
    out = [*channel_lines(channel), f"Subject: [SECURITY] {report.subject}", ""]
    if report.package:
        out.append(f"Affected: {_affected(report)}")
    if cvss:
        out.append(f"CVSS: {_cvss(cvss)}")
    if report.package or cvss:
        out.append("")
    out += [
        "1. Reporter",
        f"   {reporter}",
        "",
        "2. Technical details",
        *[f"   {line}".rstrip() for line in report.details.strip().splitlines()],
        *(["", "   Steps to reproduce:", steps] if report.steps else []),
        "",
        "3. Who can exploit it and what they gain",
        *[f"   {line}".rstrip() for line in report.impact.strip().splitlines()],
        "",
        "4. Is it public or known to third parties?",
        f"   {_public(report)}",
        "",
        "Please treat this report as confidential until a fix is released.",
    ]
    return "\n".join(out) + "\n"


def report_markdown(report: VulnReport, cvss: CvssScore | None, channel: Channel | None) -> str:
    """The report as markdown (for a GitHub private advisory or an issue tracker)."""
    reporter = report.name.strip()
    if report.affiliation.strip():
        reporter += f" ({report.affiliation.strip()})"
    numbered = [f"{i}. {s}" for i, s in enumerate(report.steps, 1)]
    out = [f"# {report.subject}", ""]
    out += [f"<!-- {line} -->" for line in channel_lines(channel)]
    out.append("")
    if report.package:
        out.append(f"**Affected:** {_affected(report)}  ")
    if cvss:
        out.append(f"**CVSS:** `{cvss.vector}` (base score {cvss.score}, {cvss.severity})  ")
    out += [
        "",
        "## Reporter",
        "",
        reporter,
        "",
        "## Technical details",
        "",
        report.details.strip(),
        "",
        *(["### Steps to reproduce", "", *numbered, ""] if report.steps else []),
        "## Who can exploit it and what they gain",
        "",
        report.impact.strip(),
        "",
        "## Is it public or known to third parties?",
        "",
        _public(report),
    ]
    return "\n".join(out) + "\n"
