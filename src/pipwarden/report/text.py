"""Text a person reads: the verdict table of `check` and `install`, the findings of `scan`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pipwarden.findings import Severity, Verdict

if TYPE_CHECKING:
    from pipwarden.scan import TargetResult
    from pipwarden.vet import VetResult

_VERDICT_STYLE = {Verdict.ALLOW: "green", Verdict.WARN: "yellow", Verdict.BLOCK: "bold red"}
_SCAN_VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "malicious": "bold red"}
_SEV_STYLE = {
    Severity.INFO: "dim",
    Severity.LOW: "cyan",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "red",
    Severity.CRITICAL: "bold red",
}
TOP_FINDINGS = 3


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


def render_scan_target(console: Console, r: TargetResult) -> None:
    """One scan target: its verdict line, then every finding, worst first."""
    style = _SCAN_VERDICT_STYLE.get(r.verdict, "")
    console.print(
        f"[bold]{escape(r.target)}[/bold]: [{style}]{r.verdict}[/{style}] "
        f"({len(r.findings)} finding{'s' if len(r.findings) != 1 else ''}, {r.files} files)"
    )
    if r.error:
        console.print(f"  [red]error:[/red] {escape(r.error)}")
    order = sorted(r.findings, key=lambda f: (-f.severity, f.file or "", f.line or 0))
    for f in order:
        where = f"{f.file or '-'}{':' + str(f.line) if f.line else ''}"
        sev = _SEV_STYLE[f.severity]
        console.print(
            f"  [{sev}]{f.severity.label:<8}[/{sev}] {escape(f.rule)}  {escape(where)}  "
            f"{escape(f.message)}",
            soft_wrap=True,
        )
        if f.evidence:
            console.print(f"           [dim]{escape(f.evidence[:160])}[/dim]", soft_wrap=True)


def render_scan_summary(console: Console, counts: dict[str, int]) -> None:
    """The last line of `scan`: how many targets got each verdict."""
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    console.print(f"{sum(counts.values())} target(s): {summary}")
