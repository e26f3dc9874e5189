import json
import platform
import sys
import traceback
import urllib.request
from urllib.parse import urlparse

_dsn = None
_SCRUB = ("password", "secret", "token", "authorization", "api_key")


def _scrub(d):
    return {k: ("[Filtered]" if any(s in k.lower() for s in _SCRUB) else v) for k, v in d.items()}


def capture_exception(exc):
    if not _dsn:
        return
    u = urlparse(_dsn)
    event = {
        "exception": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "platform": platform.platform(),
        "extra": _scrub(getattr(exc, "__dict__", {})),
    }
    req = urllib.request.Request(f"{u.scheme}://{u.hostname}/api{u.path}/store/", data=json.dumps(event).encode(),
                                 headers={"X-Beacon-Key": u.username or "", "Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=3)
    except OSError:
        pass


def init(dsn):
    """Call with your project's DSN, e.g. https://KEY@errors.myorg.example.invalid/42."""
    global _dsn
    _dsn = dsn
    prev = sys.excepthook

    def hook(tp, val, tb):
        capture_exception(val)
        prev(tp, val, tb)

    sys.excepthook = hook
