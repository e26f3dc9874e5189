"""Output of `check` and `install`: a rich table, or JSON as DESIGN.md specifies."""

from __future__ import annotations

import io
import json
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipwarden import __version__
from pipwarden.findings import Severity, Verdict
from pipwarden.report.interface import Format, by_name
from pipwarden.vet import VetResult

_VERDICT_STYLE = {Verdict.ALLOW: "green", Verdict.WARN: "yellow", Verdict.BLOCK: "bold red"}
_SEV_STYLE = {
    Severity.INFO: "dim",
    Severity.LOW: "cyan",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "red",
    Severity.CRITICAL: "bold red",
}
TOP_FINDINGS = 3


def to_json(result: VetResult) -> dict[str, Any]:
    """``{"verdict", "warnings", "packages": [{"name", "version", "artifact", "sha256",
    "verdict", "findings"}]}``; `warnings` are findings about the whole run."""
    return {
        "tool": {"name": "pipwarden", "version": __version__},
        "verdict": result.verdict.label,
        "warnings": [w.to_json() for w in result.warnings],
        "packages": [
            {
                "name": p.candidate.name,
                "version": p.candidate.version,
                "artifact": p.candidate.filename,
                "kind": p.candidate.kind,
                "sha256": p.candidate.sha256,
                "requested": p.candidate.requested,
                "verdict": p.verdict.label,
                "findings": [f.to_json() for f in p.findings],
            }
            for p in result.packages
        ],
        "notes": list(result.notes),
    }


def _short(text: str, limit: int = 160) -> str:
    """The first line of a message, cut at `limit` characters (the JSON keeps it whole)."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def render(result: VetResult, console: Console, *, verbose: bool = False) -> None:
    """The table: package, version, artifact kind, verdict, top findings with remediation."""
    table = Table(title=None, show_lines=False, expand=False)
    table.add_column("package", style="bold")
    table.add_column("version")
    table.add_column("artifact")
    table.add_column("verdict")
    table.add_column("findings")
    for p in result.packages:
        cell = Text()
        notable = [f for f in p.findings if f.severity > Severity.INFO]
        shown = p.findings if verbose else notable[:TOP_FINDINGS]
        for i, f in enumerate(shown):
            if i:
                cell.append("\n")
            cell.append(f"{f.severity.label} ", style=_SEV_STYLE[f.severity])
            cell.append(f"{f.rule}: {_short(f.message)}")
            if f.file and f.file != p.candidate.filename:
                where = f"{f.file}:{f.line}" if f.line else f.file
                cell.append(f" [{where}]", style="dim")
            if f.remediation:
                cell.append(f"\n  fix: {f.remediation}", style="dim")
        hidden = len(p.findings) - len(shown)
        if hidden > 0:
            cell.append(f"{chr(10) if shown else ''}+{hidden} more (-v)", style="dim")
        name = p.candidate.name
        table.add_row(
            name,
            p.candidate.version,
            p.candidate.kind,
            Text(p.verdict.label, style=_VERDICT_STYLE[p.verdict]),
            cell if cell.plain else Text("-", style="dim"),
        )
    console.print(table)
    counts = {v: sum(1 for p in result.packages if p.verdict == v) for v in Verdict}
    summary = Text("verdict: ")
    summary.append(result.verdict.label, style=_VERDICT_STYLE[result.verdict])
    summary.append(
        f"  ({len(result.packages)} packages: {counts[Verdict.ALLOW]} allow, "
        f"{counts[Verdict.WARN]} warn, {counts[Verdict.BLOCK]} block)"
    )
    for w in result.warnings:
        summary.append("\nwarning: ", style="bold yellow")
        summary.append(w.message)
        if w.remediation:
            summary.append(f" ({w.remediation})", style="dim")
    console.print(summary)
    for note in result.notes:
        console.print(Text(f"note: {note}", style="yellow"))


class TextFormat(Format[VetResult]):
    """The table, the verdict and the run's warnings and notes."""

    name = "text"

    def render(self, result: VetResult) -> str:
        console = Console(record=True, file=io.StringIO(), width=120)
        render(result, console, verbose=self.verbose)
        return console.export_text()

    def write(self, result: VetResult, out: IO[str]) -> None:
        """Print to `out` through rich (colours and width when it is a terminal)."""
        render(result, Console(file=out), verbose=self.verbose)


class JsonFormat(Format[VetResult]):
    """`to_json`."""

    name = "json"

    def render(self, result: VetResult) -> str:
        return json.dumps(to_json(result), indent=2) + "\n"


#: `check --format` and `install --format`: their formats by name.
FORMATS = by_name([TextFormat, JsonFormat])
