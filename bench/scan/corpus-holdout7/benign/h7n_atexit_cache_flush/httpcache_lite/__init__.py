import atexit
import json
import os
import time
import urllib.request

_PATH = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "httpcache-lite", "cache.json")
try:
    with open(_PATH) as _f:
        _CACHE = json.load(_f)
except (OSError, ValueError):
    _CACHE = {}


def get(url, ttl=3600):
    hit = _CACHE.get(url)
    if hit and time.time() - hit["t"] < ttl:
        return hit["body"]
    with urllib.request.urlopen(url, timeout=20) as r:
        body = r.read().decode()
    _CACHE[url] = {"t": time.time(), "body": body}
    return body


@atexit.register
def _flush():
    os.makedirs(os.path.dirname(_PATH), exist_ok=True)
    with open(_PATH, "w") as f:
        json.dump(_CACHE, f)
