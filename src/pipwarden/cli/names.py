"""Commands ``typosquat`` (a verdict per name) and ``names`` (the popular-names corpus)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import IO

import click

from pipwarden.cli.options import format_option
from pipwarden.errors import PipwardenError
from pipwarden.index import PYPI_SIMPLE, IndexClient
from pipwarden.names import corpus as corpus_mod
from pipwarden.names.detect import Detector, NameVerdict, default_detector
from pipwarden.policy import MAX_DAYS
from pipwarden.redact import redact_url
from pipwarden.wording import plural

#: Most names accepted in one call.
MAX_NAMES = 100_000


def _requirement_names(files: tuple[str, ...]) -> list[str]:
    """The project names requirement files state, read as pip reads them (nested -r, -c
    files are not requirements, options, hashes, markers, extras and versions)."""
    import tempfile

    from pipwarden.request import read_request

    out: list[str] = []
    for value in files:
        if value == "-":
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "requirements.txt"
                path.write_bytes(sys.stdin.buffer.read())
                request = read_request(requirement_files=(str(path),))
        else:
            request = read_request(requirement_files=(value,))
        out += [item.name for item in request.items if item.name]
    return out


def _read_names(
    names: tuple[str, ...], from_file: IO[str] | None, requirements: tuple[str, ...] = ()
) -> list[str]:
    out = list(names) + _requirement_names(requirements)
    if from_file is not None:
        try:
            text = from_file.read()
        except UnicodeDecodeError:
            raise PipwardenError("the names file is not UTF-8 text") from None
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    if not out:
        raise PipwardenError(
            "give at least one project name (or -r REQUIREMENTS, --from-file FILE)"
        )
    if len(out) > MAX_NAMES:
        raise PipwardenError(f"too many names ({len(out)}); at most {MAX_NAMES} per call")
    return out


def _online(
    verdicts: list[NameVerdict], det: Detector, index_url: str, new_days: int
) -> list[NameVerdict]:
    """Ask the index whether each name exists, how old it is, and who publishes it."""
    from pipwarden.checks.names import clearance, first_upload
    from pipwarden.store import Store

    out = []
    with IndexClient(index_url, store=Store()) as client:
        for v in verdicts:
            name = v.name
            doc = client.project_json(name)
            if doc is None and client.project_files(name) is None:
                hint = f"; did you mean {v.imitates}?" if v.imitates else ""
                out.append(
                    NameVerdict(
                        name,
                        True,
                        v.imitates,
                        f"no such project on {redact_url(client.index_url)}{hint} "
                        "(anyone could register this name)",
                        "no-such-project",
                    )
                )
                continue
            if v.suspect and v.imitates and v.kind not in ("stdlib", "unicode"):
                why = clearance(client, name, v.imitates)
                if why is not None:
                    out.append(
                        NameVerdict(
                            name,
                            False,
                            v.imitates,
                            f"not a typosquat of '{v.imitates}': {why.reason} ({v.reason})",
                            "cleared",
                        )
                    )
                    continue
            first = first_upload(doc) if doc else None
            if first is not None and not v.suspect:
                age = (dt.datetime.now(dt.timezone.utc) - first).days
                near = det.nearest(name) if age < new_days else None
                if near is not None:
                    out.append(
                        NameVerdict(
                            name,
                            True,
                            near.target,
                            f"first published {plural(age, 'day')} ago and close to the popular "
                            f"'{near.target}' ({near.reason})",
                            "new-lookalike",
                        )
                    )
                    continue
            out.append(v)
    return out


@click.command("typosquat")
@click.argument("names", nargs=-1)
@click.option(
    "-r",
    "--requirement",
    "requirements",
    multiple=True,
    metavar="FILE",
    help="Also judge every project named in this requirements file, read as pip reads it "
    "(nested -r, options, hashes, markers; '-' for stdin). Repeatable.",
)
@click.option(
    "--from-file",
    type=click.File("r", encoding="utf-8"),
    help="Also read names from FILE, one a line ('-' for stdin; '#' starts a comment).",
)
@format_option(help="Output format; json is [{name, suspect, imitates, reason}].")
@click.option(
    "--online",
    is_flag=True,
    help="Also ask the index whether each project exists and how new it is.",
)
@click.option(
    "--index-url",
    default=PYPI_SIMPLE,
    show_default=True,
    help="Simple index consulted by --online (its JSON API is found beside it).",
)
@click.option(
    "--new-project-days",
    type=click.IntRange(min=0, max=MAX_DAYS),
    default=None,
    help="With --online, projects younger than this close to a popular name are suspect "
    "(default: new-project-days of the policy, 30).",
)
@click.option(
    "--corpus",
    "corpus_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Judge against this top-pypi-packages JSON file instead of the installed corpus.",
)
def typosquat(
    names: tuple[str, ...],
    requirements: tuple[str, ...],
    from_file: IO[str] | None,
    fmt: str,
    online: bool,
    index_url: str,
    new_project_days: int | None,
    corpus_path: Path | None,
) -> None:
    """Say for each NAME whether it imitates a far more popular project.

    Exit code 1 when any name is suspect, 0 when none is, 2 on bad input.
    """
    wanted = _read_names(names, from_file, requirements)
    det = Detector(corpus_mod.load(corpus_path)) if corpus_path else default_detector()
    verdicts = det.check_many(wanted)
    if online:
        if new_project_days is None:
            from pipwarden import policy

            new_project_days = policy.load().new_project_days
        verdicts = _online(verdicts, det, index_url, new_project_days)
    if fmt == "json":
        click.echo(json.dumps([v.to_json() for v in verdicts], indent=2, ensure_ascii=False))
    else:
        for v in verdicts:
            if v.suspect:
                mean = f" did you mean {v.imitates}?" if v.imitates else ""
                head = click.style("SUSPECT", fg="red", bold=True)
                click.echo(f"{v.name}: {head}{mean} {v.reason}")
            else:
                click.echo(f"{v.name}: ok, {v.reason}")
    sys.exit(1 if any(v.suspect for v in verdicts) else 0)


@click.group("names")
def names() -> None:
    """The popular-names corpus that typosquatting checks compare against."""


@names.command("update")
@click.option(
    "--source",
    default=corpus_mod.DEFAULT_SOURCE,
    show_default=True,
    help="A top-pypi-packages JSON feed: a local FILE or an http(s) URL.",
)
def update(source: str) -> None:
    """Refresh the corpus from a top-pypi-packages feed (validated, written atomically)."""
    result = corpus_mod.update(source)
    click.echo(f"{len(result)} popular project names from {source} written to {result.path}")


@names.command("info")
@format_option()
def info(fmt: str) -> None:
    """Show which corpus is in use, where it came from and how many names it holds."""
    path = corpus_mod.active_path()
    corpus = corpus_mod.load(path)
    data = {
        "path": str(path),
        "kind": "user" if path == corpus_mod.user_path() else "shipped",
        "projects": len(corpus),
        "generated": corpus.generated,
        "source": corpus.source,
    }
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
        return
    for key, value in data.items():
        click.echo(f"{key}: {value}")


@names.command("reset")
def reset() -> None:
    """Forget the refreshed corpus and use the one shipped with pipwarden again."""
    path = corpus_mod.user_path()
    if path.is_file():
        path.unlink()
        click.echo(f"removed {path}; using the shipped corpus")
    else:
        click.echo("already using the shipped corpus")


COMMANDS: list[click.Command] = [typosquat, names]
