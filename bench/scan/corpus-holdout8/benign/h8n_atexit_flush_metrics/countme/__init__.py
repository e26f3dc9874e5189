import atexit
import collections
import json
import os

_COUNTS = collections.Counter()
_PATH = os.environ.get("COUNTME_FILE", ".countme.json")


def inc(name, n=1):
    _COUNTS[name] += n


def _flush():
    if not _COUNTS:
        return
    try:
        old = json.load(open(_PATH))
    except Exception:
        old = {}
    for k, v in _COUNTS.items():
        old[k] = old.get(k, 0) + v
    with open(_PATH, "w") as f:
        json.dump(old, f, indent=1, sort_keys=True)


atexit.register(_flush)
