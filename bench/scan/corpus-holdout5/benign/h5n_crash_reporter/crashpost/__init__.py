"""Report uncaught exceptions to your own crash server."""
import json
import platform
import sys
import traceback
import urllib.request

_dsn: str | None = None
_prev_hook = sys.excepthook


def _hook(exc_type, exc, tb):
    if _dsn:
        payload = {
            "type": exc_type.__name__,
            "message": str(exc),
            "traceback": traceback.format_exception(exc_type, exc, tb),
            "python": platform.python_version(),
        }
        try:
            urllib.request.urlopen(
                urllib.request.Request(_dsn, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}),
                timeout=3,
            )
        except OSError:
            pass
    _prev_hook(exc_type, exc, tb)


def init(dsn: str) -> None:
    """Install the excepthook. The DSN is the URL of *your* crash collector."""
    global _dsn
    _dsn = dsn
    sys.excepthook = _hook
