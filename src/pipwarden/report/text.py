"""Text a person reads: the verdict table of `check` and `install`, the findings of `scan`."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.policy import Ignore, Policy
from pipwarden.scan import TargetResult
from pipwarden.vet import PackageResult, VetResult
from pipwarden.wording import plural

_VERDICT_STYLE = {Verdict.ALLOW: "green", Verdict.WARN: "yellow", Verdict.BLOCK: "bold red"}
_SCAN_VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "malicious": "bold red"}
_SEV_STYLE = {
    Severity.INFO: "dim",
    Severity.LOW: "cyan",
    Severity.MEDIUM: "yellow",
    Severity.HIGH: "red",
    Severity.CRITICAL: "bold red",
}


def _first_line(text: str) -> str:
    """The first non-empty line of a message."""
    return next((ln.strip() for ln in text.strip().splitlines() if ln.strip()), "")


def _clip(text: str, limit: int = 160) -> str:
    """The first line of a message, cut at `limit` characters (the JSON keeps it whole)."""
    first = _first_line(text)
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Row:
    """What the table and the notes under it say about one package."""

    package: PackageResult
    #: Findings that count: not info, not ignored, not a fact of the whole run.
    notable: list[Finding]
    #: Ignored findings with the ignore that covers them.
    ignored: list[tuple[Finding, Ignore]]
    #: Every finding that is shown for the package with -v, in order.
    detailed: list[Finding]
    #: Findings whose policy ignore has expired (they count again).
    expired: list[tuple[Finding, Ignore]]


def _run_facts(result: VetResult) -> dict[str, str]:
    """Info findings true of every package of the run: rule → the one message they share."""
    packages = result.packages
    if len(packages) < 2:
        return {}
    facts: dict[str, str] | None = None
    for p in packages:
        mine: dict[str, set[str]] = {}
        for f in p.findings:
            if f.severity == Severity.INFO:
                mine.setdefault(f.rule, set()).add(f.message)
        here = {rule: next(iter(msgs)) for rule, msgs in mine.items() if len(msgs) == 1}
        facts = here if facts is None else {r: m for r, m in facts.items() if here.get(r) == m}
        if not facts:
            return {}
    return facts or {}


def _live_ignore(policy: Policy | None, f: Finding) -> Ignore | None:
    """The unexpired policy ignore covering `f`, if any."""
    if policy is None:
        return None
    ign = policy.ignored(f)
    return ign if ign is not None and not ign.expired() else None


def _rows(result: VetResult) -> tuple[list[_Row], dict[str, str]]:
    facts = _run_facts(result)
    rows = []
    for p in result.packages:
        notable: list[Finding] = []
        ignored: list[tuple[Finding, Ignore]] = []
        detailed: list[Finding] = []
        expired: list[tuple[Finding, Ignore]] = []
        for f in p.findings:
            ign = _live_ignore(result.policy, f)
            if ign is not None:
                ignored.append((f, ign))
                continue
            stale = result.policy.ignored(f) if result.policy is not None else None
            if stale is not None:
                expired.append((f, stale))
            if facts.get(f.rule) == f.message:
                continue
            detailed.append(f)
            if f.severity > Severity.INFO:
                notable.append(f)
        rows.append(_Row(p, notable, ignored, detailed, expired))
    return rows, facts


def _decides(result: VetResult, row: _Row, f: Finding) -> bool:
    """`f` is behind its package's warn or block verdict, so its fix is worth saying."""
    if row.package.verdict == Verdict.ALLOW:
        return False
    warn_on = result.policy.warn_on if result.policy is not None else Severity.MEDIUM
    return f.severity >= warn_on or f.check == "integrity"


def _finding_text(f: Finding) -> Text:
    """``rule: message``, the rule coloured by severity (the table's short form); a
    message that starts with its rule id (an advisory's) is not preceded by it again."""
    out = Text()
    message = _first_line(f.message)
    out.append(f.rule, style=_SEV_STYLE[f.severity])
    out.append(message[len(f.rule) :] if message.startswith(f.rule) else f": {message}")
    return out


def _print_indented(console: Console, text: str, style: str = "") -> None:
    """`text` wrapped to the console under a four-space indent, without trailing blanks."""
    width = max(console.width - len(_INDENT), 20)
    for paragraph in text.strip().splitlines() or [""]:
        lines = textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""]
        for line in lines:
            console.print(Text(_INDENT + line, style=style), soft_wrap=True)


#: Widths of the table's columns: most a package name or version takes, least it is cut to.
_PACKAGE_WIDTH = (32, 16)
_VERSION_WIDTH = (20, 10)
_VERDICT_WIDTH = 7
#: The room the top finding should get before names and versions are cut further.
_FINDING_ROOM = 30
#: What the table's column separators and padding take (two characters between columns).
_GAP = 2
#: Indentation of a finding's text under its rule id (-v).
_INDENT = "    "


def _widths(cells: list[tuple[str, str, str, str]], width: int) -> tuple[int, int, int, int]:
    """Widths of package, version, top finding and "more" so that a row fits `width`."""
    pkg = min(max((len(c[0]) for c in cells), default=0), _PACKAGE_WIDTH[0])
    ver = min(max((len(c[1]) for c in cells), default=0), _VERSION_WIDTH[0])
    pkg, ver = max(pkg, len("package")), max(ver, len("version"))
    more = max((len(c[3]) for c in cells), default=0)
    more = max(more, len("more")) if more else 0
    found = max(max((len(c[2]) for c in cells), default=0), len("top finding"))
    columns = 5 if more else 4

    def room() -> int:
        return width - _GAP * (columns - 1) - pkg - ver - _VERDICT_WIDTH - more

    # Cut versions first (long ones are rare), then names, down to their floors.
    steps = ((12, _PACKAGE_WIDTH[0]), (12, 20), (_VERSION_WIDTH[1], _PACKAGE_WIDTH[1]))
    for floor_ver, floor_pkg in steps:
        while room() < _FINDING_ROOM and ver > floor_ver:
            ver -= 1
        while room() < _FINDING_ROOM and pkg > floor_pkg:
            pkg -= 1
    return pkg, ver, max(min(found, room()), 12), more


def render(result: VetResult, console: Console, *, verbose: bool = False) -> None:
    """One line per package (version, verdict, its worst finding shortened, how many more),
    then the verdict, the fixes behind it and what holds for the whole run; `verbose`
    adds every finding of every package in full."""
    rows, facts = _rows(result)
    cells: list[tuple[PackageResult, Text, str]] = []
    for row in rows:
        if row.notable:
            top = _finding_text(row.notable[0])
        elif row.ignored:
            top = Text(f"({plural(len(row.ignored), 'finding')} ignored)", style="dim")
        else:
            top = Text("-", style="dim")
        hidden = len(row.notable) - 1
        cells.append((row.package, top, f"+{hidden}" if hidden > 0 else ""))

    def version(p: PackageResult) -> str:
        return p.candidate.version + (" sdist" if p.candidate.kind == "sdist" else "")

    pkg_w, ver_w, top_w, more_w = _widths(
        [(p.candidate.name, version(p), top.plain, more) for p, top, more in cells],
        console.width,
    )
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    table.add_column("package", style="bold", width=pkg_w, no_wrap=True, overflow="ellipsis")
    table.add_column("version", width=ver_w, no_wrap=True, overflow="ellipsis")
    table.add_column("verdict", width=_VERDICT_WIDTH, no_wrap=True)
    table.add_column("top finding", width=top_w, no_wrap=True, overflow="ellipsis")
    if more_w:
        table.add_column("more", width=more_w, no_wrap=True, justify="right")
    for p, top, more in cells:
        table.add_row(
            p.candidate.name,
            version(p),
            Text(p.verdict.label, style=_VERDICT_STYLE[p.verdict]),
            top,
            *([Text(more, style="dim")] if more_w else []),
        )
    console.print(table)
    if verbose:
        _details(result, rows, console)
    _summary(result, rows, facts, console, verbose=verbose)


def _details(result: VetResult, rows: list[_Row], console: Console) -> None:
    """Every finding of every package, in full (-v)."""
    for row in rows:
        if not row.detailed and not row.ignored:
            continue
        p = row.package
        head = Text(f"{p.candidate.name} {p.candidate.version} ", style="bold")
        head.append(p.verdict.label, style=_VERDICT_STYLE[p.verdict])
        console.print(head)
        for f in row.detailed:
            line = Text("  ")
            line.append(f.severity.label, style=_SEV_STYLE[f.severity])
            line.append(f" {f.rule}")
            if f.file and f.file != p.candidate.filename:
                line.append(f" {f.file}{':' + str(f.line) if f.line else ''}", style="dim")
            console.print(line)
            _print_indented(console, f.message.strip())
            if f.evidence:
                _print_indented(console, f"evidence: {_clip(f.evidence)}", "dim")
            if f.remediation and _decides(result, row, f):
                _print_indented(console, f"fix: {f.remediation}", "dim")
        for f, ign in row.ignored:
            line = Text("  ")
            line.append(f"ignored {f.severity.label} {f.rule}", style="dim")
            console.print(line)
            _print_indented(console, f.message.strip(), "dim")
            _print_indented(console, _ignore_reason(ign), "dim")


def _ignore_reason(ign: Ignore) -> str:
    until = f" (until {ign.expires.isoformat()})" if ign.expires is not None else ""
    return f"reason: {ign.reason}{until}"


def _summary(
    result: VetResult,
    rows: list[_Row],
    facts: dict[str, str],
    console: Console,
    *,
    verbose: bool,
) -> None:
    """The verdict line and what is said once under the table."""
    counts = {v: sum(1 for p in result.packages if p.verdict == v) for v in Verdict}
    summary = Text("verdict: ")
    summary.append(result.verdict.label, style=_VERDICT_STYLE[result.verdict])
    summary.append(
        f"  ({plural(len(result.packages), 'package')}: {counts[Verdict.ALLOW]} allow, "
        f"{counts[Verdict.WARN]} warn, {counts[Verdict.BLOCK]} block)"
    )
    console.print(summary)
    for w in result.warnings:
        line = Text("warning: ", style="bold yellow")
        line.append(w.message)
        if w.remediation:
            line.append(f" ({w.remediation})", style="dim")
        console.print(line)
    if not verbose:
        for row in rows:
            top = row.notable[0] if row.notable else None
            if top is not None and top.remediation and _decides(result, row, top):
                line = Text(f"fix {row.package.candidate.name}: ", style="bold")
                line.append(_clip(top.remediation, 300))
                console.print(line)
    for held in result.held_back:
        console.print(Text(f"cooldown: {held.sentence()}", style="cyan"))
    for row in rows:
        for f, ign in row.ignored:
            ids = _advisory_ids(f)
            line = Text("ignored: ", style="dim")
            line.append(
                f"{row.package.candidate.name} {f.rule}"
                + (f" ({', '.join(ids)})" if ids else "")
                + f"; {_ignore_reason(ign)}",
                style="dim",
            )
            console.print(line)
        for f, ign in row.expired:
            expiry = ign.expires.isoformat() if ign.expires is not None else "?"
            line = Text("ignore expired: ", style="yellow")
            line.append(
                f"{row.package.candidate.name} {f.rule} counts again since {expiry} "
                f"(reason given: {ign.reason}); review it and renew or remove the ignore"
            )
            console.print(line)
    for message in facts.values():
        console.print(Text(f"note: {message} (all {len(result.packages)} packages)", style="dim"))
    for note in result.notes:
        console.print(Text(f"note: {note}", style="yellow"))
    if not verbose and any(r.detailed or r.ignored for r in rows):
        console.print(Text("(-v shows every finding in full)", style="dim"))


def _advisory_ids(f: Finding) -> list[str]:
    ids = f.details.get("ids")
    return [str(i) for i in ids if str(i) != f.rule] if isinstance(ids, (list, tuple)) else []


def render_scan_target(console: Console, r: TargetResult) -> None:
    """One scan target: its verdict line, then every finding, worst first."""
    style = _SCAN_VERDICT_STYLE.get(r.verdict, "")
    console.print(
        f"[bold]{escape(r.target)}[/bold]: [{style}]{r.verdict}[/{style}] "
        f"({plural(len(r.findings), 'finding')}, {plural(r.files, 'file')})"
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


def render_scan_summary(console: Console, counts: Mapping[str, int]) -> None:
    """The last line of `scan`: how many targets got each verdict."""
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    console.print(f"{plural(sum(counts.values()), 'target')}: {summary}")
