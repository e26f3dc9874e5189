"""`pipwarden trust`: review, export, import and accept trust-on-first-use records."""

from __future__ import annotations

import os
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from pipwarden import policy as policy_mod
from pipwarden.cli.options import database_option, format_option, open_store
from pipwarden.errors import PipwardenError
from pipwarden.index import PYPI_SIMPLE, IndexClient
from pipwarden.publishers import trust as trustmod
from pipwarden.publishers.lookup import gather


def _policy(path: str | None) -> policy_mod.Policy:
    return policy_mod.load(Path(path) if path else None)


_POLICY = click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False),
    help="Policy file (default: pipwarden.toml or [tool.pipwarden], searched upwards).",
)


@click.group("trust")
def trust() -> None:
    """Trust on first use: who could publish each project when it was first vetted.

    The first vet of a project records its owners, repository, trusted
    publisher and whether it was attested; every later change is a finding
    until it is accepted. Export the records to a file kept in your repository
    so that trust changes are reviewed in pull requests.
    """


@trust.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="File to write (default: policy trust-file, else pipwarden-trust.json).",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Write exactly the store's records instead of adding them to the existing file.",
)
@_POLICY
@database_option
def export_cmd(
    output: str | None, replace: bool, policy_path: str | None, database: str | None
) -> None:
    """Write the store's trust records to a reviewable JSON file.

    An existing file keeps its (reviewed) records; projects it does not name
    yet are added from the store. Change a reviewed record with `trust accept`.
    """
    path = Path(output) if output else trustmod.default_path(_policy(policy_path))
    with open_store(database) as store:
        records = trustmod.TrustStore(store)
        count, new = trustmod.export_file(records, path, replace_file=replace)
    click.echo(f"wrote {count} trust record(s) ({new} new) to {path}")


@trust.command("import")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@_POLICY
@database_option
def import_cmd(file: str | None, policy_path: str | None, database: str | None) -> None:
    """Read a trust file into the store (replacing the records of the projects it names)."""
    path = Path(file) if file else trustmod.default_path(_policy(policy_path))
    with open_store(database) as store:
        count = trustmod.import_file(trustmod.TrustStore(store), path)
    click.echo(f"imported {count} trust record(s) from {path}")


@trust.command("accept")
@click.argument("projects", nargs=-1, required=True, metavar="PROJECT...")
@click.option(
    "-i",
    "--index-url",
    help="Base URL of the package index (default: $PIP_INDEX_URL, else PyPI).",
)
@click.option(
    "--json-url",
    help="Root of the PyPI JSON API (default: beside the index, …/simple/ → …/pypi/).",
)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False),
    help="Trust file to update as well (default: policy trust-file or pipwarden-trust.json, "
    "when it exists).",
)
@click.option("--offline", is_flag=True, help="Use only cached evidence; fetch nothing.")
@_POLICY
@database_option
def accept_cmd(
    projects: tuple[str, ...],
    index_url: str | None,
    json_url: str | None,
    file: str | None,
    offline: bool,
    policy_path: str | None,
    database: str | None,
) -> None:
    """Record PROJECT as it is now: a reviewed change of owners, repository or publisher."""
    pol = _policy(policy_path)
    path = Path(file) if file else trustmod.default_path(pol)
    if file and not path.is_file():
        raise PipwardenError(f"trust file {path} does not exist")
    url = index_url or os.environ.get("PIP_INDEX_URL") or PYPI_SIMPLE
    with (
        open_store(database) as store,
        IndexClient(url, json_url=json_url, store=store, offline=offline) as client,
    ):
        records = trustmod.TrustStore(store)
        for name in projects:
            evidence = gather(client, name, refresh=not offline)
            if not evidence.project.found:
                raise PipwardenError(
                    f"cannot accept {name}: {evidence.project.error or 'no evidence'}"
                )
            before, after = trustmod.accept(records, evidence, path if path.is_file() else None)
            click.echo(f"accepted {after.project} {after.version or ''}".rstrip())
            for key, new in after.to_json().items():
                if key in ("recorded", "source"):
                    continue
                old = before.to_json().get(key) if before else None
                mark = "  " if old == new else "* "
                click.echo(f"  {mark}{key}: {_show(old)} -> {_show(new)}")
    if path.is_file():
        click.echo(f"updated {path}")


def _show(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} ({v})" for k, v in value.items()) or "none"
    return "unknown" if value is None else str(value)


@trust.command("show")
@click.argument("projects", nargs=-1, metavar="[PROJECT]...")
@format_option()
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False),
    help="Show the records of this trust file instead of the store.",
)
@database_option
def show_cmd(projects: tuple[str, ...], fmt: str, file: str | None, database: str | None) -> None:
    """Show trust records (all, or those of PROJECT...)."""
    if file:
        records = list(trustmod.read_file(Path(file)).values())
    else:
        with open_store(database) as store:
            records = trustmod.TrustStore(store).all()
    if projects:
        from packaging.utils import canonicalize_name

        wanted = {canonicalize_name(p) for p in projects}
        missing = wanted - {r.project for r in records}
        if missing:
            raise PipwardenError(f"no trust record for {', '.join(sorted(missing))}")
        records = [r for r in records if r.project in wanted]
    if fmt == "json":
        click.echo(trustmod.render(records), nl=False)
        return
    if not records:
        click.echo("no trust records yet (they are made on the first vet of each project)")
        return
    table = Table("project", "owners", "repository", "publisher", "attested", "recorded")
    for r in records:
        table.add_row(
            r.project,
            trustmod.describe_owners(r),
            r.repository or "-",
            r.publisher or "-",
            _show(r.attested),
            f"{r.recorded[:10]} ({r.source})",
        )
    Console(width=200 if not os.isatty(1) else None).print(table)


COMMANDS: list[click.Command] = [trust]
