"""`pipwarden policy init|check` (a project's security policy and posture) and
`pipwarden report` (compose a vulnerability report)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from pipwarden.cli.options import format_option
from pipwarden.disclosure import channel as channel_mod
from pipwarden.disclosure import init, posture, templates, vulnreport
from pipwarden.errors import PipwardenError
from pipwarden.report import disclosure as formats


def _stdin_is_tty() -> bool:
    """Whether prompting is possible (tests replace this)."""
    return sys.stdin.isatty()


def _ask(option: str, text: str, default: str | None = None) -> str:
    if not _stdin_is_tty():
        raise PipwardenError(f"missing {option} (stdin is not a terminal, so no prompt)")
    return str(click.prompt(text, default=default, show_default=default is not None))


def _project_name(root: Path) -> str | None:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return None
    match = re.search(r'(?m)^name\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"))
    return match.group(1) if match else None


@click.group("policy")
def policy() -> None:
    """Your project's security policy and posture.

    Not the vetting policy (pipwarden.toml): this is SECURITY.md, the CI
    workflow, dependency updates and what OpenSSF Scorecard would look at.
    """


@policy.command("init")
@click.option("--contact", help="Private reporting address: an email or an https:// URL.")
@click.option("--project", help="Project name used in SECURITY.md.")
@click.option(
    "--path",
    "path",
    default=".",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Project root to write into.",
)
@click.option(
    "--supported",
    default="the latest release",
    show_default=True,
    help="Versions that receive security fixes (SECURITY.md table).",
)
@click.option(
    "--action",
    "action",
    default=templates.PIPWARDEN_ACTION,
    help="The pipwarden GitHub Action the workflow runs, pinned by commit: "
    "OWNER/REPO@<40-hex commit SHA> (a tag or branch is refused).",
)
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
def policy_init(
    contact: str | None,
    project: str | None,
    path: Path,
    supported: str,
    action: str | None,
    force: bool,
) -> None:
    """Write SECURITY.md, a CI workflow (scan + SARIF upload, audit), Dependabot and pre-commit.

    A placeholder contact (security@example.org) is refused, as `policy check` would
    not count it. Existing files are never overwritten without --force; they are
    listed as skipped.
    """
    if not path.is_dir():
        raise PipwardenError(f"--path {path} is not an existing directory")
    if contact is None:
        contact = _ask("--contact", "Private security contact (email or https:// URL)")
    contact = init.validate_contact(contact)
    if project is None:
        project = _ask("--project", "Project name", _project_name(path))
    project = init.validate_project(project)
    if action is None:
        action = _ask("--action", "pipwarden Action pinned by commit (OWNER/REPO@<commit SHA>)")
    action = templates.pinned_action(action)
    inputs = templates.PolicyInputs(
        project=project,
        contact=contact,
        action=action,
        supported=supported,
        dependency_files=init.dependency_files(path),
    )
    result = init.write_policy_files(path, inputs, force=force)
    for rel in result.written:
        click.echo(f"wrote   {rel}")
    for rel in result.skipped:
        click.echo(f"skipped {rel} (exists; --force overwrites)")
    if result.written:
        click.echo(f"next: review the files, commit them, then run `pipwarden policy check {path}`")


@policy.command("check")
@click.argument("path", default=".", type=click.Path(path_type=Path))
@format_option(list(formats.POSTURE_FORMATS), default="table")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE instead of stdout.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 10),
    help="Exit 1 when the score (0-10) is below SCORE.",
)
@click.pass_context
def policy_check(
    ctx: click.Context, path: Path, fmt: str, output: Path | None, fail_under: float | None
) -> None:
    """Check a repository's security posture offline: policy, CI, pinning, publishing, root.

    Each check passes or fails with its evidence (file and line) and the fix;
    the score (0-10) weighs them. Nothing is fetched or executed.
    """
    result = posture.assess(path)
    text = formats.POSTURE_FORMATS[fmt]().render(result)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        click.echo(f"posture score {result.score}/10; report written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    if fail_under is not None and result.score < fail_under:
        click.echo(f"score {result.score} is below --fail-under {fail_under}", err=True)
        ctx.exit(1)


def _prompt_missing(report: vulnreport.VulnReport, need: tuple[str, ...]) -> vulnreport.VulnReport:
    """Ask for every missing part of `report` on the terminal."""
    values: dict[str, Any] = {}
    if not report.name.strip():
        values["name"] = click.prompt("Your name")
        if not report.affiliation:
            values["affiliation"] = click.prompt(
                "Your affiliation (optional)", default="", show_default=False
            )
    if not report.title.strip():
        values["title"] = click.prompt("Title (one line)", default="", show_default=False)
    if "package" in need and not report.package:
        values["package"] = click.prompt("Affected package (PyPI name)")
    if "affected" in need and not report.affected:
        values["affected"] = (click.prompt('Affected versions (e.g. "<2.0")'),)
    if not report.details.strip():
        values["details"] = click.prompt("Technical details (what is wrong, where)")
    if len(report.reproduction) < 2:
        click.echo("Steps to reproduce, one per line; an empty line ends them.", err=True)
        steps: list[str] = []
        while True:
            step = click.prompt(f"Step {len(steps) + 1}", default="", show_default=False)
            if not step.strip():
                break
            steps.append(step.strip())
        values["steps"] = tuple(steps)
    if not report.impact.strip():
        values["impact"] = click.prompt("Who can exploit it and what do they gain")
    if report.public not in vulnreport.PUBLIC_CHOICES:
        values["public"] = click.prompt(
            "Is it public or known to third parties",
            type=click.Choice(vulnreport.PUBLIC_CHOICES),
        )
    return report.merged(values)


def _channel(project_path: Path | None, package: str) -> channel_mod.Channel | None:
    if project_path is not None:
        return channel_mod.from_path(project_path)
    if package:
        try:
            return channel_mod.from_distribution(package)
        except PipwardenError as exc:
            return channel_mod.Channel(f"{package}", (), (str(exc),))
    return None


@click.command("report")
@click.option("--name", help="Your name (reporter).")
@click.option("--affiliation", help="Your affiliation (optional).")
@click.option("--title", help="One-line title of the report.")
@click.option("--package", help="The affected package (PyPI name).")
@click.option(
    "--affected",
    multiple=True,
    help='Affected versions as a specifier, e.g. "<2.0" or ">=1.0,<1.4.2" (repeatable).',
)
@click.option("--details", help="Technical details of the vulnerability.")
@click.option(
    "--details-file",
    type=click.Path(path_type=Path),
    help="Read the technical details from FILE (markdown or text).",
)
@click.option("--steps", multiple=True, help="One reproduction step (repeat, in order).")
@click.option("--impact", help="Who can exploit it and what they gain.")
@click.option(
    "--public",
    type=click.Choice(vulnreport.PUBLIC_CHOICES, case_sensitive=False),
    help="Whether it is public or known to third parties.",
)
@click.option("--public-details", help="Where it is public, or who else knows (optional).")
@click.option("--cvss", help="CVSS v3.x or v4.0 vector, e.g. CVSS:3.1/AV:N/AC:L/...")
@click.option(
    "--from",
    "from_file",
    type=click.Path(path_type=Path),
    help="Read the report from a TOML or JSON file (flags override its values).",
)
@click.option(
    "--project-path",
    type=click.Path(path_type=Path),
    help="The target project's checkout: its SECURITY.md gives the reporting channel.",
)
@format_option(
    formats.REPORT_FORMATS, default="text", help="What to print on stdout (ignored with -o)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write report.txt, report.md and osv.json into DIR.",
)
def report(
    name: str | None,
    affiliation: str | None,
    title: str | None,
    package: str | None,
    affected: tuple[str, ...],
    details: str | None,
    details_file: Path | None,
    steps: tuple[str, ...],
    impact: str | None,
    public: str | None,
    public_details: str | None,
    cvss: str | None,
    from_file: Path | None,
    project_path: Path | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Compose a vulnerability report with the four required parts.

    Reporter (name, optional affiliation); technical details with a step-by-step
    reproduction; who can exploit it and what they gain; whether it is public.
    Missing parts are asked for on a terminal, otherwise named and exit 2.
    """
    base = vulnreport.load_file(from_file) if from_file else vulnreport.VulnReport()
    if details_file is not None:
        if not details_file.is_file():
            raise PipwardenError(f"--details-file {details_file} does not exist")
        details = details_file.read_text(encoding="utf-8", errors="replace")
    rep = base.merged(
        {
            "name": name,
            "affiliation": affiliation,
            "title": title,
            "package": package,
            "affected": affected,
            "details": details,
            "steps": tuple(s.strip() for s in steps),
            "impact": impact,
            "public": public.lower() if public else None,
            "public_details": public_details,
            "cvss": cvss,
        }
    )
    need: tuple[str, ...] = ("package", "affected") if fmt == "osv" and not output else ()
    if vulnreport.problems(rep, need=need) and _stdin_is_tty():
        rep = _prompt_missing(rep, need)
    vulnreport.require_complete(rep, need=need)
    for spec in rep.affected:
        vulnreport.osv_range(spec)
    score = vulnreport.score_cvss(rep.cvss) if rep.cvss.strip() else None
    chan = _channel(project_path, rep.package)
    if chan is not None:
        for note in chan.notes:
            click.echo(f"pipwarden: note: {note}", err=True)
        if not chan.found:
            click.echo(
                f"pipwarden: warning: no reporting channel found in {chan.source}; "
                "ask the maintainers for a private channel before sending details",
                err=True,
            )
    text = formats.report_text(rep, score, chan)
    markdown = formats.report_markdown(rep, score, chan)
    osv_ready = bool(rep.package and rep.affected)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        (output / "report.txt").write_text(text, encoding="utf-8")
        (output / "report.md").write_text(markdown, encoding="utf-8")
        written = ["report.txt", "report.md"]
        if osv_ready:
            draft = vulnreport.osv_draft(rep, score)
            (output / "osv.json").write_text(json.dumps(draft, indent=2) + "\n", "utf-8")
            written.append("osv.json")
        else:
            click.echo("pipwarden: note: no --package/--affected, osv.json not written", err=True)
        for name_ in written:
            click.echo(f"wrote {output / name_}")
        return
    if fmt == "text":
        click.echo(text, nl=False)
    elif fmt == "markdown":
        click.echo(markdown, nl=False)
    else:
        click.echo(json.dumps(vulnreport.osv_draft(rep, score), indent=2))


COMMANDS: list[click.Command] = [policy, report]
