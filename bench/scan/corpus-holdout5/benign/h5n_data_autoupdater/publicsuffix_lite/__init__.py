"""Public Suffix List lookups with an optional online refresh."""
import json
import os
import tempfile
import urllib.request
from pathlib import Path

_DATA = Path(__file__).with_name("suffixes.json")
LIST_URL = "https://publicsuffix.example.invalid/list/public_suffix_list.json"


def suffixes() -> set[str]:
    return set(json.loads(_DATA.read_text()))


def update(url: str = LIST_URL) -> int:
    """Refresh the bundled list. Called explicitly by the user (or `python -m publicsuffix_lite update`)."""
    raw = urllib.request.urlopen(url, timeout=30).read()
    items = json.loads(raw)
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ValueError("unexpected list format")
    fd, tmp = tempfile.mkstemp(dir=_DATA.parent)
    with os.fdopen(fd, "w") as fh:
        json.dump(sorted(items), fh)
    os.replace(tmp, _DATA)
    return len(items)


def registered_domain(host: str) -> str:
    parts = host.lower().split(".")
    sfx = suffixes()
    for i in range(len(parts)):
        if ".".join(parts[i:]) in sfx:
            return ".".join(parts[max(0, i - 1):])
    return host
