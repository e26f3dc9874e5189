"""`pipwarden cache`: what the store caches, and emptying it (as `pip cache` does)."""

from __future__ import annotations

import json
import time

import click

from pipwarden import checkcache
from pipwarden.cli.options import database_option, format_option, open_store
from pipwarden.store import HTTP_CACHE_DAYS, CacheStats


@click.group("cache")
def cache() -> None:
    """Show or empty pipwarden's caches.

    The caches are the HTTP responses the checks read (index pages, the JSON API;
    kept 30 days), the check results per artifact and the scanner's per-file memo.
    Advisories and trust records are not caches and are never removed here.
    """


def _age(oldest: float | None, now: float) -> str:
    if oldest is None:
        return "-"
    days = max(0.0, now - oldest) / 86400
    return f"{days:.1f} days" if days >= 1 else f"{days * 24:.1f} hours"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    amount = size / 1024
    for unit in ("KiB", "MiB"):
        if amount < 1024:
            return f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} GiB"


@cache.command("info")
@format_option()
@database_option
def info_cmd(fmt: str, database: str | None) -> None:
    """How many entries each cache holds, their size and the oldest's age."""
    now = time.time()
    with open_store(database) as store:
        caches: dict[str, CacheStats] = {"http": store.shared.cache_stats()}
        if database is None:
            caches |= checkcache.stats(store)
        where = str(store.path) if database is None else "the --database"
    names = {
        "http": "HTTP responses",
        "check_cache": "check results",
        "file_memo": "scanner file memo",
    }
    if fmt == "json":
        doc = {
            "store": where,
            "http_cache_days": HTTP_CACHE_DAYS,
            "caches": {
                key: {"entries": s.entries, "bytes": s.size, "oldest": s.oldest}
                for key, s in caches.items()
            },
        }
        click.echo(json.dumps(doc, indent=2))
        return
    click.echo(f"store: {where}")
    for key, s in caches.items():
        line = f"{names[key]}: {s.entries} entries, {_size(s.size)}"
        if key == "http":
            line += f", oldest {_age(s.oldest, now)} (kept {HTTP_CACHE_DAYS} days)"
        click.echo(line)


@cache.command("purge")
@click.option(
    "--older-than",
    "older_than",
    type=click.FloatRange(min=0),
    metavar="DAYS",
    help="Remove only the HTTP responses fetched more than DAYS days ago "
    "(check results and the file memo are kept).",
)
@database_option
def purge_cmd(older_than: float | None, database: str | None) -> None:
    """Remove cached HTTP responses, check results and the scanner's file memo.

    With --database, only the firewall index's shared HTTP cache is emptied.
    """
    before = None if older_than is None else time.time() - older_than * 86400
    with open_store(database) as store:
        http = store.shared.cache_prune(before)
        results = checkcache.purge(store) if older_than is None and database is None else 0
    message = f"removed {http} HTTP response(s)"
    if older_than is None and database is None:
        message += f" and {results} cached check result(s)"
    click.echo(message)


COMMANDS: list[click.Command] = [cache]
