"""Send uncaught exceptions to your own crash collector."""
import json
import platform
import sys
import traceback
import urllib.request

_dsn = None


def _hook(exc_type, exc, tb):
    if _dsn:
        event = {
            "type": exc_type.__name__,
            "value": str(exc),
            "stack": traceback.format_tb(tb),
            "runtime": platform.python_version(),
        }
        try:
            urllib.request.urlopen(urllib.request.Request(
                _dsn, data=json.dumps(event).encode(), headers={"Content-Type": "application/json"}), timeout=3)
        except Exception:
            pass
    sys.__excepthook__(exc_type, exc, tb)


def init(dsn):
    """Enable reporting, e.g. init("https://crash.example.invalid/api/42/store")."""
    global _dsn
    _dsn = dsn
    sys.excepthook = _hook
