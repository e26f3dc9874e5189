"""`pipwarden scan` (static analysis of archives, folders, installed packages) and `rules`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.markup import escape

from pipwarden import __version__
from pipwarden.cli.options import format_option
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.report import sarif
from pipwarden.scan import TargetResult, scan_installed, scan_target, verdict
from pipwarden.scan.archive import folder_files, kind_of
from pipwarden.scan.rules import CATALOGUE

SEVERITIES = [s.label for s in Severity]
CHUNK = 400  # files of one folder per parallel work item

_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "malicious": "bold red"}


# ------------------------------------------------------------------ work planning


def _diff_names(folder: Path, rev: str) -> list[str]:
    """Files under `folder` changed since `rev` (git diff --name-only), that still exist."""
    try:
        proc = subprocess.run(
            ["git", "-C", str(folder), "diff", "--name-only", "--relative", "-z", rev, "--"],
            capture_output=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PipwardenError(f"--diff: cannot run git: {exc}") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PipwardenError(f"--diff {rev}: git failed: {msg[0] if msg else 'unknown error'}")
    names = [n for n in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    return sorted(n for n in names if (folder / n).is_file())


#: (kind "path"|"installed", target, a folder's file subset | the folders an installed
#: distribution is looked up in, None for this interpreter's)
Work = tuple[str, str, list[str] | None]


def _plan(
    paths: list[Path], installed: list[str], diff: str | None, folders: list[str] | None = None
) -> list[tuple[str, list[Work]]]:
    """Targets in order, each split into work items (folders in chunks of files)."""
    plan: list[tuple[str, list[Work]]] = []
    for path in paths:
        if not path.exists():
            raise PipwardenError(f"{path}: no such file or directory")
        if kind_of(path) == "folder":
            names = _diff_names(path, diff) if diff else folder_files(path)
            chunks = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)] or [[]]
            plan.append((str(path), [("path", str(path), c) for c in chunks]))
        else:
            plan.append((str(path), [("path", str(path), None)]))
    for name in installed:
        plan.append((f"installed:{name}", [("installed", name, folders)]))
    return plan


def _run(work: Work) -> TargetResult:
    """Scan one work item (runs in a worker process when --jobs > 1)."""
    kind, target, only = work
    try:
        if kind == "installed":
            return scan_installed(target, folders=only)
        return scan_target(Path(target), only=only)
    except PipwardenError:
        raise
    except Exception as exc:  # one bad target must not end the run
        return TargetResult(target, "clean", [], f"{type(exc).__name__}: {exc}")


def _merge(target: str, parts: list[TargetResult]) -> TargetResult:
    if len(parts) == 1:
        return parts[0]
    findings = [f for p in parts for f in p.findings]
    errors = [p.error for p in parts if p.error]
    return TargetResult(
        target, verdict(findings), findings, "; ".join(errors) or None, sum(p.files for p in parts)
    )


def scan_all(
    paths: list[Path],
    installed: list[str],
    diff: str | None,
    jobs: int,
    folders: list[str] | None = None,
) -> Iterator[TargetResult]:
    """Results per target, in order, as they complete (parallel over files and archives).

    Input errors (a missing path, a bad --diff revision) are raised here, before
    anything is scanned; the worker processes are started here too, before any
    progress-bar thread exists.
    """
    plan = _plan(paths, installed, diff, folders)
    items = [w for _, works in plan for w in works]
    if jobs <= 1 or len(items) <= 1:
        return _collect(plan, map(_run, items), None)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(items)))
    return _collect(plan, pool.map(_run, items), pool)


def _collect(
    plan: list[tuple[str, list[Work]]],
    results: Iterator[TargetResult],
    pool: ProcessPoolExecutor | None,
) -> Iterator[TargetResult]:
    try:
        for target, works in plan:
            parts = [next(results) for _ in works]
            yield _merge(target, parts)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


# ------------------------------------------------------------------ output


def _json_target(r: TargetResult) -> dict[str, Any]:
    return {
        "target": r.target,
        "verdict": r.verdict,
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity.label,
                "path": f.file,
                "line": f.line,
                "message": f.message,
                "evidence": f.evidence,
            }
            for f in r.findings
        ],
        "error": r.error,
    }


def _sarif_uri(r: TargetResult, f: Finding) -> str:
    """Where a finding lives, relative to the current directory when possible."""
    if r.target.startswith("installed:"):
        return f"{r.target.split(':', 1)[1]}/{f.file or ''}".rstrip("/")
    target = Path(r.target)
    if target.is_dir():
        full = target / (f.file or "")
    elif kind_of(target) == "file":
        full = target
    else:
        full = target / (f.file or "")
    try:
        rel = os.path.relpath(full)
    except ValueError:
        rel = str(full)
    return rel.replace(os.sep, "/")


def _text(console: Console, r: TargetResult) -> None:
    style = _VERDICT_STYLE.get(r.verdict, "")
    console.print(
        f"[bold]{escape(r.target)}[/bold]: [{style}]{r.verdict}[/{style}] "
        f"({len(r.findings)} finding{'s' if len(r.findings) != 1 else ''}, {r.files} files)"
    )
    if r.error:
        console.print(f"  [red]error:[/red] {escape(r.error)}")
    order = sorted(r.findings, key=lambda f: (-f.severity, f.file or "", f.line or 0))
    for f in order:
        where = f"{f.file or '-'}{':' + str(f.line) if f.line else ''}"
        sev = _STYLE[f.severity]
        console.print(
            f"  [{sev}]{f.severity.label:<8}[/{sev}] {escape(f.rule)}  {escape(where)}  "
            f"{escape(f.message)}",
            soft_wrap=True,
        )
        if f.evidence:
            console.print(f"           [dim]{escape(f.evidence[:160])}[/dim]", soft_wrap=True)


def _with_progress(results: Iterator[TargetResult], total: int) -> Iterator[TargetResult]:
    """`results`, with a progress bar on stderr when it is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("scanning", total=total)
        for r in results:
            progress.advance(task)
            yield r


def _open_output(output: Path | None) -> IO[str]:
    if output is None:
        return sys.stdout
    try:
        return output.open("w", encoding="utf-8")
    except OSError as exc:
        raise PipwardenError(f"cannot write {output}: {exc}") from None


@click.command("scan")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_option(["text", "json", "sarif"], help="Output format (SARIF 2.1.0 for code scanning).")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default="high",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option(
    "--diff",
    "diff",
    metavar="REV",
    help="In folders, scan only the files changed since REV (git diff --name-only).",
)
@click.option(
    "--installed",
    multiple=True,
    metavar="NAME",
    help="Scan an installed distribution (repeatable): of this interpreter, or of -p.",
)
@click.option(
    "-p",
    "--python",
    "python",
    metavar="PATH",
    help="With --installed: the virtual environment (or interpreter) to read it from.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel worker processes (default: all cores).",
)
def scan_command(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
    diff: str | None,
    installed: tuple[str, ...],
    python: str | None,
    jobs: int | None,
) -> None:
    """Statically analyse code: wheels, sdists, folders, files or installed packages.

    Archives are read in memory under limits and never extracted or run.
    Folders honour .gitignore. Each target gets a verdict (clean,
    suspicious, malicious) with its findings.
    """
    if not paths and not installed:
        raise PipwardenError("nothing to scan: give a PATH or --installed NAME")
    folders: list[str] | None = None
    if python is not None:
        from pipwarden.environment import find_target, metadata_folders

        folders = [str(f) for f in metadata_folders(find_target(python))]
    threshold = Severity.parse(fail_on)
    jobs = jobs or os.cpu_count() or 1
    results = _with_progress(
        scan_all(list(paths), list(installed), diff, jobs, folders), len(paths) + len(installed)
    )
    out = _open_output(output)
    failed = errored = False
    try:
        if fmt == "text":
            tty = output is None and sys.stdout.isatty()
            console = Console(
                file=out, highlight=False, no_color=not tty, width=10_000 if not tty else None
            )
            counts = {"clean": 0, "suspicious": 0, "malicious": 0}
            for r in results:
                _text(console, r)
                counts[r.verdict] = counts.get(r.verdict, 0) + 1
                failed |= any(f.severity >= threshold for f in r.findings)
                errored |= r.error is not None
            summary = ", ".join(f"{n} {k}" for k, n in counts.items())
            console.print(f"{sum(counts.values())} target(s): {summary}")
        else:
            collected = list(results)
            failed = any(f.severity >= threshold for r in collected for f in r.findings)
            errored = any(r.error is not None for r in collected)
            if fmt == "json":
                doc: dict[str, Any] = {
                    "tool": {"name": "pipwarden", "version": __version__},
                    "targets": [_json_target(r) for r in collected],
                }
            else:
                located = [replace(f, file=_sarif_uri(r, f)) for r in collected for f in r.findings]
                doc = sarif.build(located, CATALOGUE)
            json.dump(doc, out, indent=2)
            out.write("\n")
    finally:
        if output is not None:
            out.close()
    if errored:
        click.echo("pipwarden: error: some targets could not be scanned", err=True)
        sys.exit(2)
    sys.exit(1 if failed else 0)


@click.command("rules")
@format_option()
def rules_command(fmt: str) -> None:
    """List every rule of the static analyser: id, severity, CWE, title and fix."""
    if fmt == "json":
        doc = [
            {
                "id": r.id,
                "title": r.title,
                "severity": r.severity.label,
                "cwe": r.cwe,
                "description": r.description,
                "fix": r.fix,
            }
            for r in CATALOGUE
        ]
        click.echo(json.dumps(doc, indent=2))
        return
    for r in CATALOGUE:
        click.echo(f"{r.id:<40} {r.severity.label:<8} {r.cwe or '':<8} {r.title}")
        click.echo(f"    {r.description}")
        click.echo(f"    fix: {r.fix}")


COMMANDS = [scan_command, rules_command]
