"""Public Suffix List with optional online refresh."""
import json
import os
import time
import urllib.request
from pathlib import Path

URL = "https://publicsuffix.example.invalid/list/public_suffix_list.dat"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "psl-refresh"
BUNDLED = Path(__file__).with_name("public_suffix_list.dat")


def _cached() -> Path:
    meta = CACHE / "meta.json"
    dat = CACHE / "psl.dat"
    info = json.loads(meta.read_text()) if meta.exists() else {}
    if dat.exists() and time.time() - info.get("fetched", 0) < 86400:
        return dat
    req = urllib.request.Request(URL, headers={"If-None-Match": info.get("etag", "")})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            CACHE.mkdir(parents=True, exist_ok=True)
            dat.write_bytes(r.read())
            meta.write_text(json.dumps({"etag": r.headers.get("ETag", ""), "fetched": time.time()}))
    except OSError:
        return dat if dat.exists() else BUNDLED
    return dat


def suffixes(refresh: bool = False) -> set:
    src = _cached() if refresh else BUNDLED
    return {ln.strip() for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("//")}
