import hashlib
import json
import os
import urllib.request

HUB = os.environ.get("MODELFETCH_ENDPOINT", "https://hub.example.invalid")
CACHE = os.path.expanduser(os.environ.get("MODELFETCH_CACHE", "~/.cache/modelfetch"))


def _meta(repo, filename):
    with urllib.request.urlopen(f"{HUB}/api/{repo}/files/{filename}", timeout=30) as r:
        return json.load(r)


def download(repo, filename):
    dest = os.path.join(CACHE, repo.replace("/", "--"), filename)
    meta = _meta(repo, filename)
    if os.path.exists(dest):
        return dest
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    part = dest + ".part"
    have = os.path.getsize(part) if os.path.exists(part) else 0
    req = urllib.request.Request(f"{HUB}/{repo}/resolve/main/{filename}", headers={"Range": f"bytes={have}-"})
    with urllib.request.urlopen(req, timeout=60) as r, open(part, "ab") as f:
        while chunk := r.read(1 << 20):
            f.write(chunk)
    h = hashlib.sha256()
    with open(part, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    if h.hexdigest() != meta["sha256"]:
        os.remove(part)
        raise ValueError(f"hash mismatch for {filename}")
    os.replace(part, dest)
    return dest
