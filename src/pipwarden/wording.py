"""Small helpers for the English of messages a person reads."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 package``, ``2 packages`` (`many` for irregular plurals: ``1 entry``, ``2 entries``)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"
