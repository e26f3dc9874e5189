"""Options that several commands share, defined once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pipwarden.rules import Registry

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


def rule_registry() -> Registry:
    """The registry of rules, loaded on first use (it imports every check)."""
    from pipwarden.catalogue import registry

    return registry()
