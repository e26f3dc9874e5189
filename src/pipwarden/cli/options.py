"""Options that several commands share, defined once."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from pipwarden.errors import PipwardenError

if TYPE_CHECKING:
    from pipwarden.rules import Registry
    from pipwarden.store import Store

TEXT_JSON = ("text", "json")


def format_option(
    choices: Sequence[str] = TEXT_JSON, *, default: str | None = None, help: str = "Output format."
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--format`` (passed to the command as ``fmt``) with a default and its help."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default or choices[0],
        show_default=True,
        help=help,
    )


#: ``--database``: act on a firewall index's shared records instead of the local store.
database_option = click.option(
    "--database",
    metavar="PATH|URL",
    help="Use the records of a firewall index: its `pipwarden serve --database` (a SQLite "
    "file, or postgresql://…), instead of the local store.",
)


@contextlib.contextmanager
def open_store(database: str | None) -> Iterator[Store]:
    """The local store; with `database`, its trust records and HTTP cache are that
    database's (`pipwarden serve --database`)."""
    from pipwarden.store import Store

    store = Store()
    if database is None:
        try:
            yield store
        finally:
            store.close()
        return
    try:
        from pipwarden.serve.db import Database
    except ImportError as exc:
        store.close()
        raise PipwardenError(
            f"--database needs pipwarden's serve extra ({exc.name} is missing)"
        ) from None
    try:
        db = Database(database)
    except BaseException:
        store.close()
        raise
    store.share(db.shared)
    try:
        yield store
    finally:
        store.close()
        db.close()


def rule_registry() -> Registry:
    """The registry of rules, loaded on first use (it imports every check)."""
    from pipwarden.catalogue import registry

    return registry()


#: How alike an unknown option and a known one must be to suggest the known one
#: (difflib's ratio; click's own cutoff, 0.6, offers ``--trust`` for ``--trusted-host``).
SUGGESTION_CUTOFF = 0.8


class StrictCommand(click.Command):
    """A command that suggests, for an unknown option, only a near-identical known one
    (never an unrelated one, such as ``--trust`` for ``--trusted-host``)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            from difflib import get_close_matches

            known = [o for p in self.get_params(ctx) for o in (*p.opts, *p.secondary_opts)]
            negated = exc.option_name.startswith("--no-")
            # never the opposite of what was typed (``--index`` is not ``--no-index``)
            known = [o for o in known if o.startswith("--") and o.startswith("--no-") == negated]
            close = get_close_matches(exc.option_name, known, n=1, cutoff=SUGGESTION_CUTOFF)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise click.NoSuchOption(
                exc.option_name,
                message=f"No such option: {exc.option_name}{hint}",
                ctx=ctx,
            ) from None
