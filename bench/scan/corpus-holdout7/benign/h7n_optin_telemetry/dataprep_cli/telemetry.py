"""Anonymous, opt-in usage statistics.

Nothing is sent unless you run `dataprep telemetry enable` or set DATAPREP_TELEMETRY=1.
DO_NOT_TRACK=1 always wins.
"""
import json
import os
import threading
import urllib.request
import uuid
from pathlib import Path

from . import __version__

CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "dataprep" / "telemetry.json"
ENDPOINT = "https://telemetry.example.invalid/v1/event"


def _settings():
    try:
        return json.loads(CONFIG.read_text())
    except (OSError, ValueError):
        return {}


def enabled():
    if os.environ.get("DO_NOT_TRACK") == "1":
        return False
    if os.environ.get("DATAPREP_TELEMETRY") == "1":
        return True
    return bool(_settings().get("enabled", False))


def set_enabled(flag):
    s = _settings()
    s["enabled"] = bool(flag)
    s.setdefault("install_id", uuid.uuid4().hex)
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(s))


def track(command):
    if not enabled():
        return
    body = json.dumps({"id": _settings().get("install_id"), "cmd": command, "v": __version__}).encode()

    def send():
        try:
            urllib.request.urlopen(urllib.request.Request(ENDPOINT, data=body,
                                   headers={"Content-Type": "application/json"}), timeout=2)
        except OSError:
            pass

    threading.Thread(target=send, daemon=True).start()
