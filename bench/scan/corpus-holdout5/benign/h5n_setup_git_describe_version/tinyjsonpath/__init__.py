"""Evaluate simple JSONPath expressions like $.a.b[0]."""
import re

_TOK = re.compile(r"\.([A-Za-z_][\w]*)|\[(\d+)\]")


def get(doc, path: str):
    if not path.startswith("$"):
        raise ValueError("path must start with $")
    cur = doc
    for name, idx in _TOK.findall(path[1:]):
        cur = cur[name] if name else cur[int(idx)]
    return cur
