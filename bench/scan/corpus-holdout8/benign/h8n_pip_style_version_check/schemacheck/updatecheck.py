import json
import os
import sys
import time
import urllib.request

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "schemacheck", "selfcheck.json")


def maybe_notify(current):
    if os.environ.get("NO_UPDATE_CHECK") or not sys.stderr.isatty():
        return
    try:
        state = json.load(open(CACHE))
    except Exception:
        state = {}
    if time.time() - state.get("last", 0) < 86400:
        latest = state.get("latest")
    else:
        try:
            latest = json.load(urllib.request.urlopen("https://pypi.example.invalid/pypi/schemacheck/json", timeout=2))["info"]["version"]
        except Exception:
            return
        os.makedirs(os.path.dirname(CACHE), exist_ok=True)
        json.dump({"last": time.time(), "latest": latest}, open(CACHE, "w"))
    if latest and latest != current:
        sys.stderr.write("schemacheck %s is available (you have %s)\n" % (latest, current))
