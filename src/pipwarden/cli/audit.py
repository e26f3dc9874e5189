"""`pipwarden audit` and `pipwarden db update|status`.

The audit machinery is imported when a command runs, not when the command
line is parsed: `pipwarden audit --help` starts in a fraction of the time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import click

from pipwarden.cli.options import format_option, rule_registry
from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity

#: `pipwarden.report.audit.FORMATS` (kept equal by a test; read without importing it).
OUTPUT_FORMATS = ("table", "json", "markdown", "sarif", "cyclonedx")
#: `pipwarden.audit.sources.FORMATS` (kept equal by a test).
FILE_FORMATS = (
    "conda", "pdm", "pipfile", "pipfile-lock", "poetry", "pylock", "pyproject",
    "requirements", "requirements-lock", "setup-cfg", "uv",
)  # fmt: skip
#: `pipwarden.audit.osv.DEFAULT_SOURCE` (kept equal by a test).
DEFAULT_SOURCE = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"


def _severity(ctx: click.Context, param: click.Parameter, value: str | None) -> Severity | None:
    if value is None:
        return None
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("audit")
@click.option(
    "-r",
    "--requirement",
    "files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A file to audit (repeatable): a requirements file, requirements.lock, "
    "pyproject.toml, setup.cfg, Pipfile, Pipfile.lock, pylock.toml, uv.lock, poetry.lock, "
    "pdm.lock or a conda environment.yml.",
)
@click.option(
    "--file-format",
    "file_format",
    type=click.Choice(FILE_FORMATS),
    help="Read every -r file with this parser instead of choosing by its name.",
)
@click.option(
    "--path",
    "env_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    help="An installed environment (a virtual environment, prefix or site-packages folder) "
    "to audit; its .dist-info, .egg-info and .egg metadata is read, nothing is imported "
    "(repeatable).",
)
@click.option(
    "-p",
    "--python",
    "pythons",
    multiple=True,
    metavar="PYTHON|VENV",
    help="Audit the environment of this interpreter or virtual environment: a venv is read "
    "from disk, another interpreter is asked where its site-packages are (-I -S, nothing of "
    "its packages imported, no .pth run) (repeatable).",
)
@format_option(
    OUTPUT_FORMATS,
    default="table",
    help="Output format: table, JSON in pip-audit's shape, markdown, SARIF or a CycloneDX "
    "1.6 SBOM with its vulnerabilities.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file."
)
@click.option(
    "--fail-on",
    callback=_severity,
    metavar="SEVERITY",
    help="Exit 1 when a vulnerability is at or above this severity "
    "(info, low, medium, high, critical; default: the policy's fail-on).",
)
@click.option(
    "--fix",
    "do_fix",
    is_flag=True,
    help="Rewrite vulnerable pins in requirement files and pyproject.toml to the smallest "
    "safe versions, keeping comments and layout.",
)
@click.option("--dry-run", is_flag=True, help="With --fix: print the diff, change nothing.")
@click.option(
    "--resolve",
    is_flag=True,
    help="Resolve unpinned requirements with pip (nothing is built; needs the index) and "
    "audit the versions pip would install, dependencies included.",
)
@click.option("--index-url", metavar="URL", help="With --resolve: the package index (pip's).")
@click.option(
    "--extra-index-url",
    "extra_index_urls",
    multiple=True,
    metavar="URL",
    help="With --resolve: an extra package index (repeatable).",
)
@click.option(
    "-f",
    "--find-links",
    "find_links",
    multiple=True,
    metavar="PATH|URL",
    help="With --resolve: a folder or page of distributions (repeatable).",
)
@click.option("--no-index", is_flag=True, help="With --resolve: ignore the package index.")
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The policy file (default: pipwarden.toml or [tool.pipwarden] found upwards).",
)
@click.pass_context
def audit_command(
    ctx: click.Context,
    files: tuple[Path, ...],
    file_format: str | None,
    env_paths: tuple[Path, ...],
    pythons: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: Severity | None,
    do_fix: bool,
    dry_run: bool,
    resolve: bool,
    index_url: str | None,
    extra_index_urls: tuple[str, ...],
    find_links: tuple[str, ...],
    no_index: bool,
    policy_path: Path | None,
) -> None:
    """Audit dependencies for known vulnerabilities and known malware (OSV, offline).

    Reads requirement files (pip's grammar: -r/-c includes, hashes, markers,
    ${VARS}, encodings), manifests, lock files or installed environments, and
    matches every pinned version against the local database (`pipwarden db update`).
    Unpinned, URL and VCS requirements are listed as not audited, unless
    --resolve asks pip which versions it would install. Versions that an OSV
    malicious-package report (MAL-) names are listed apart and always exit 1.
    """
    if not files and not env_paths and not pythons:
        raise PipwardenError("nothing to audit: give -r FILE, --path ENV or -p PYTHON")
    if dry_run and not do_fix:
        raise PipwardenError("--dry-run only makes sense with --fix")
    from pipwarden import policy as policy_mod
    from pipwarden.audit import engine, osv, sources
    from pipwarden.report.audit import FORMATS

    pol = policy_mod.load(policy_path, rules=rule_registry)
    threshold = fail_on if fail_on is not None else pol.fail_on
    loaded = [sources.load(file, file_format) for file in files]
    loaded += [sources.read_environment(env) for env in env_paths]
    loaded += [sources.read_interpreter(python) for python in pythons]
    deps: list[sources.Dependency] = []
    for one in loaded:
        deps += one.dependencies
        for note in one.notes:
            click.echo(f"pipwarden: {note}", err=True)
    if resolve:
        from pipwarden.audit import resolution

        options = resolution.IndexOptions(
            index_url=index_url,
            extra_index_urls=extra_index_urls,
            find_links=find_links,
            no_index=no_index,
        )
        deps = resolution.resolve_unpinned(deps, options)
    with osv.AdvisoryDB() as db:
        if db.empty and not db.has_malware:
            raise PipwardenError("the advisory database is empty: run `pipwarden db update`")
        report = engine.audit(deps, db, pol)
    if report.stale_days is not None:
        click.echo(
            f"pipwarden: warning: the advisory database is {report.stale_days:.0f} days old "
            f"(policy db-max-age-days = {pol.db_max_age_days}); run `pipwarden db update`",
            err=True,
        )
    if do_fix:
        from pipwarden.audit import fix

        plan = fix.plan(report.vulnerable)
        diff, applied = fix.apply(plan, dry_run=dry_run)
        if dry_run:
            click.echo(diff, nl=False, err=fmt != "table")
        report = dataclasses.replace(
            report, fixes=tuple((e.name, e.old, e.new) for e in applied) if not dry_run else ()
        )
        verb = "would rewrite" if dry_run else "rewrote"
        for e in applied:
            click.echo(f"pipwarden: {verb} {e.name} {e.old} -> {e.new} in {e.file}", err=True)
        for s in plan.skipped:
            click.echo(f"pipwarden: cannot fix {s.name} {s.version}: {s.reason}", err=True)
    text = FORMATS[fmt](color=output is None and sys.stdout.isatty()).render(report)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    code = 1 if report.malware else 0  # known malware fails whatever --fail-on says
    fixed = {(name, old) for name, old, _ in report.fixes}
    for res in report.vulnerable:
        if (res.dependency.name, res.dependency.version) in fixed:
            continue
        if any(v.severity >= threshold for v in res.vulns):
            code = 1
    for ign, what in report.expired:
        click.echo(
            f"pipwarden: error: the ignore for {ign.id} expired on {ign.expires} "
            f"(reason was: {ign.reason}); it no longer covers {what}. "
            "Fix the dependency or renew the ignore with a new date.",
            err=True,
        )
        code = 1
    ctx.exit(code)


@click.group("db")
def db_group() -> None:
    """The local advisory database (OSV advisories for PyPI)."""


@db_group.command("update")
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="PATH|URL",
    help="An OSV export: a zip or a folder of OSV JSON files (advisories, MAL- malicious-"
    f"package reports, or both), or a URL of a zip; repeatable [default: {DEFAULT_SOURCE}].",
)
def db_update(sources: tuple[str, ...]) -> None:
    """Replace the advisory database with a fresh OSV export (atomic: a failure keeps the old)."""
    from pipwarden.audit import osv

    progress = None
    if sys.stderr.isatty():

        def progress(n: int) -> None:
            click.echo(f"\r  {n} files read...", nl=False, err=True)

    stats = osv.update(list(sources) or osv.DEFAULT_SOURCE, progress=progress)
    if progress is not None:
        click.echo("", err=True)
    click.echo(
        f"Loaded {stats.advisories} advisories for {stats.packages} packages and "
        f"{stats.malware} malicious-package reports from {stats.source} "
        f"({stats.files} files; {stats.withdrawn} withdrawn, {stats.skipped} skipped as "
        f"schema-breaking, {stats.unparseable_ranges} ranges with non-PEP 440 versions ignored)."
    )
    for example in stats.skipped_examples:
        click.echo(f"pipwarden: skipped {example}", err=True)


@db_group.command("status")
@format_option()
def db_status(fmt: str) -> None:
    """Show where the advisory database came from, how big and how old it is."""
    from pipwarden.audit import osv

    with osv.AdvisoryDB() as db:
        status = db.status()
    if status is None:
        if fmt == "json":
            click.echo(json.dumps({"database": None}))
        else:
            click.echo("No advisory database yet: run `pipwarden db update`.")
        return
    age = status.age_days()
    newest_age = None
    if status.newest_modified:
        try:
            newest = dt.datetime.fromisoformat(status.newest_modified.replace("Z", "+00:00"))
            newest_age = (dt.datetime.now(dt.timezone.utc) - newest).days
        except ValueError:
            pass
    if fmt == "json":
        data = {
            "path": str(status.path),
            "source": status.source,
            "updated": status.updated.isoformat(),
            "age_days": round(age, 2),
            "newest_modified": status.newest_modified,
            "advisories": status.advisories,
            "packages": status.packages,
            "skipped": status.skipped,
            "withdrawn": status.withdrawn,
            "malware": status.malware,
        }
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(f"Database:        {status.path}")
    click.echo(f"Source:          {status.source}")
    click.echo(f"Updated:         {status.updated.isoformat()} ({age:.1f} days ago)")
    tail = f" ({newest_age} days ago)" if newest_age is not None else ""
    click.echo(f"Newest modified: {status.newest_modified or 'unknown'}{tail}")
    click.echo(
        f"Advisories:      {status.advisories} for {status.packages} packages "
        f"({status.withdrawn} withdrawn and {status.skipped} schema-breaking files left out)"
    )
    click.echo(f"Malware reports: {status.malware} (OSV MAL- records, kept apart)")


COMMANDS: list[click.Command] = [audit_command, db_group]
