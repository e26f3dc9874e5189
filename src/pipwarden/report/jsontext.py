"""``json.dumps(value, indent=2)``, the same text in a fraction of the time.

The standard library encodes indented JSON in pure Python, a generator per
container; a report of a thousand dependencies spends more time there than
in matching them. This encoder writes the same bytes (tested equal on every
report format and on generated values) for the values reports hold: dicts
with string keys, lists, tuples, strings, ints, floats, booleans and None.
Anything else is left to `json.dumps`.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring_ascii
from typing import Any

_FLOAT_REPR = float.__repr__
_INFINITY = float("inf")


def dumps_indented(value: Any) -> str:
    """Exactly ``json.dumps(value, indent=2)``."""
    out: list[str] = []
    try:
        _encode(value, "\n", out)
    except _Unsupported:
        return json.dumps(value, indent=2)
    return "".join(out)


class _Unsupported(Exception):
    """A value this encoder does not write as json.dumps would (json.dumps takes over)."""


def _encode(value: Any, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring_ascii(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif type(value) is float:
        if value != value or value in (_INFINITY, -_INFINITY):
            raise _Unsupported
        out.append(_FLOAT_REPR(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported
            out.append(("{" if first else ",") + inner)
            first = False
            out.append(encode_basestring_ascii(key))
            out.append(": ")
            _encode(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _encode(item, inner, out)
        out.append(newline + "]")
    else:
        raise _Unsupported
