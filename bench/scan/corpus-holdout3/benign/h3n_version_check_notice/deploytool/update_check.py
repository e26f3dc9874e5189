"""Print a notice when a newer release exists (at most once a day; DEPLOYTOOL_NO_UPDATE_CHECK=1
disables it). Only reads the public JSON release index; sends nothing but the request itself."""
import json
import os
import time
import urllib.request
from pathlib import Path

from . import __version__

INDEX = "https://pypi.example.invalid/pypi/deploytool/json"
STAMP = Path.home() / ".cache" / "deploytool" / "last_update_check"


def _parse(v):
    return tuple(int(x) for x in v.split(".")[:3] if x.isdigit())


def maybe_notify(stream):
    if os.environ.get("DEPLOYTOOL_NO_UPDATE_CHECK") == "1" or os.environ.get("CI"):
        return
    try:
        if STAMP.exists() and time.time() - STAMP.stat().st_mtime < 86400:
            return
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.touch()
        latest = json.loads(urllib.request.urlopen(INDEX, timeout=2).read())["info"]["version"]
        if _parse(latest) > _parse(__version__):
            stream.write("deploytool %s is available (you have %s): pip install -U deploytool\n"
                         % (latest, __version__))
    except Exception:
        pass
