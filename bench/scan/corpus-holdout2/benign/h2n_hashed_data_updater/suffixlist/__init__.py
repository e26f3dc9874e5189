import hashlib
import json
import os
import tempfile
import urllib.request

SOURCE = "https://data.suffixlist.example.invalid/public_suffix_list.dat"
MANIFEST = "https://data.suffixlist.example.invalid/manifest.json"
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "suffixlist")


def update():
    """Refresh the cached list. Called only by `python -m suffixlist update`."""
    manifest = json.loads(urllib.request.urlopen(MANIFEST, timeout=10).read())
    data = urllib.request.urlopen(SOURCE, timeout=30).read()
    if hashlib.sha256(data).hexdigest() != manifest["sha256"]:
        raise ValueError("checksum mismatch; refusing to update")
    os.makedirs(CACHE, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=CACHE)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, os.path.join(CACHE, "public_suffix_list.dat"))


def suffixes():
    path = os.path.join(CACHE, "public_suffix_list.dat")
    if not os.path.exists(path):
        path = os.path.join(os.path.dirname(__file__), "bundled.dat")
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("//")}
