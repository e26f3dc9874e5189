"""Limits on untrusted input, and parsers that cannot crash on it.

A requirement, a project name, a TOML or JSON document can come from the
command line, a requirements file, a policy or trust file, an advisory
database or an archive. Each is bounded here before it reaches a parser that
would take quadratic time, recurse without limit or print it back whole.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from pipwarden.errors import PipwardenError

#: The longest project name accepted (PyPI refuses longer ones).
MAX_NAME_LENGTH = 200
#: The longest requirement line accepted (pip's own lines are far shorter,
#: even with dozens of --hash options).
MAX_REQUIREMENT_LENGTH = 64 * 1024

#: A project name leading a requirement (not the first segment of a path or URL).
_LEADING_NAME = re.compile(r"\s*([A-Za-z0-9._-]+)(?=$|[\s\[;<>=!~(@,])")
#: The deepest dotted key accepted in TOML (tomllib takes quadratic time and
#: memory in the number of parts: 10,000 parts cost 2 s and 400 MB).
MAX_TOML_KEY_PARTS = 100
#: One part of a dotted key and its dot; the look-behind keeps the scan linear.
_KEY_PART = re.compile(
    r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+[ \t]*\.[ \t]*"
    r"|\"[^\"\n]*\"[ \t]*\.[ \t]*"
    r"|'[^'\n]*'[ \t]*\.[ \t]*"
)


class TooDeeplyNested(ValueError):
    """A TOML or JSON document nested deeper than the parser can follow."""


def clip(text: str, limit: int = 60) -> str:
    """`text` cut to `limit` characters for a message (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate_name(name: str, where: str) -> None:
    """Raise PipwardenError when a project name is longer than PyPI allows."""
    if len(name) > MAX_NAME_LENGTH:
        raise PipwardenError(
            f"{where}: project name longer than {MAX_NAME_LENGTH} characters "
            f"({len(name)}): {clip(name)!r}"
        )


def validate_requirement_text(text: str, where: str) -> None:
    """Raise PipwardenError for a requirement (or requirements line) too long to be real.

    `where` names the source for the message (``requirements.txt:3``,
    ``command line``). Checks the whole text against `MAX_REQUIREMENT_LENGTH`
    and its leading project name against `MAX_NAME_LENGTH`; it does not
    otherwise parse the requirement.
    """
    if len(text) > MAX_REQUIREMENT_LENGTH:
        raise PipwardenError(
            f"{where}: requirement line of {len(text)} characters is longer than the "
            f"{MAX_REQUIREMENT_LENGTH} allowed: {clip(text.strip())!r}"
        )
    m = _LEADING_NAME.match(text)
    if m:
        validate_name(m.group(1), where)


def _nesting_error(kind: str, exc: BaseException) -> TooDeeplyNested:
    what = "too deeply nested" if isinstance(exc, RecursionError) else "too large to parse"
    return TooDeeplyNested(f"{kind} document {what}")


def _too_many_key_parts(text: str) -> bool:
    """True when some dotted key (or dotted text) has more than MAX_TOML_KEY_PARTS parts."""
    if text.count(".") < MAX_TOML_KEY_PARTS:
        return False
    run, end = 0, -1
    for m in _KEY_PART.finditer(text):
        run = run + 1 if m.start() == end else 1
        end = m.end()
        if run >= MAX_TOML_KEY_PARTS:
            return True
    return False


def _tomllib() -> Any:
    """tomllib (tomli before 3.11), imported when a TOML document is first read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib


def loads_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads`, with nesting beyond the parser's reach a `TooDeeplyNested` error.

    `tomllib.TOMLDecodeError` propagates as usual; both are ValueErrors.
    """
    if _too_many_key_parts(text):
        raise TooDeeplyNested(
            f"TOML document too deeply nested (a dotted key of more than "
            f"{MAX_TOML_KEY_PARTS} parts)"
        )
    try:
        data: dict[str, Any] = _tomllib().loads(text)
    except (RecursionError, MemoryError) as exc:
        raise _nesting_error("TOML", exc) from None
    return data


def loads_json(text: str | bytes) -> Any:
    """`json.loads`, with nesting beyond the parser's reach a `TooDeeplyNested` error.

    `json.JSONDecodeError` propagates as usual; both are ValueErrors.
    """
    try:
        return json.loads(text)
    except (RecursionError, MemoryError) as exc:
        raise _nesting_error("JSON", exc) from None
