"""`pipwarden scan` (static analysis of archives, folders, installed packages) and `rules`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO

import click
from rich.console import Console

from pipwarden.catalogue import registry
from pipwarden.checks.names import judge_archive_name
from pipwarden.cli.options import format_option
from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity
from pipwarden.report.rules import FORMATS as RULES_FORMATS
from pipwarden.report.scan import FORMATS as SCAN_FORMATS
from pipwarden.scan import TargetResult, scan_installed, scan_target, verdict
from pipwarden.scan.archive import folder_files, kind_of

SEVERITIES = [s.label for s in Severity]
CHUNK = 400  # files of one folder per parallel work item


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
        return judge_archive_name(scan_target(Path(target), only=only), Path(target))
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
@format_option(list(SCAN_FORMATS), help="Output format (SARIF 2.1.0 for code scanning).")
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
    Folders honour .gitignore. A wheel's or sdist's own name and version are judged too,
    offline, against the popular-names corpus (a typosquat is suspicious).
    Each target gets a verdict (clean, suspicious, malicious) with its findings.
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
    seen: list[TargetResult] = []

    def tap(results: Iterator[TargetResult]) -> Iterator[TargetResult]:
        for r in results:
            seen.append(r)
            yield r

    form = SCAN_FORMATS[fmt](color=output is None and sys.stdout.isatty())
    try:
        form.write(tap(results), out)
    finally:
        if output is not None:
            out.close()
    failed = any(f.severity >= threshold for r in seen for f in r.findings)
    errored = any(r.error is not None for r in seen)
    if errored:
        click.echo("pipwarden: error: some targets could not be scanned", err=True)
        sys.exit(2)
    sys.exit(1 if failed else 0)


@click.command("rules")
@format_option(list(RULES_FORMATS))
def rules_command(fmt: str) -> None:
    """List every rule pipwarden reports: id, default severity, CWE, title and fix.

    The rules of the static analyser, of every check of `check` and `install`,
    of the resolver and of `policy check`. A vulnerability's finding carries
    the advisory's own id (PYSEC-..., GHSA-..., CVE-...).
    """
    click.echo(RULES_FORMATS[fmt]().render(registry()), nl=False)


COMMANDS = [scan_command, rules_command]
