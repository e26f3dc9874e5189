import json
import re
import sys
import traceback
import urllib.request

_SECRET = re.compile(r"pass|secret|token|key|auth", re.I)
_dsn = None


def _scrub(d):
    return {k: ("[Filtered]" if _SECRET.search(k) else v) for k, v in d.items()}


def capture_exception(exc):
    if not _dsn:
        return
    event = {"type": type(exc).__name__, "value": str(exc),
             "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
             "extra": _scrub(getattr(exc, "context", {}) or {})}
    try:
        urllib.request.urlopen(urllib.request.Request(_dsn, data=json.dumps(event).encode(),
                               headers={"Content-Type": "application/json"}), timeout=3)
    except OSError:
        pass


def init(dsn):
    """Enable reporting to *your* collector, e.g. init('https://errors.example.invalid/api/1/store')."""
    global _dsn
    _dsn = dsn
    prev = sys.excepthook

    def hook(t, v, tb):
        capture_exception(v)
        prev(t, v, tb)

    sys.excepthook = hook
