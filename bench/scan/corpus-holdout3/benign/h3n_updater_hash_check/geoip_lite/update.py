import hashlib
import os
import tempfile
import urllib.request
from pathlib import Path

DATA_DIR = Path(os.environ.get("GEOIP_LITE_DIR", Path.home() / ".local" / "share" / "geoip-lite"))
BASE = "https://downloads.geoip-lite.example.invalid/db/"


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def update_database(version="latest"):
    """Download the CSV database and its published SHA-256; only replace the file if they match.

    Called explicitly by the user (`geoip-lite update`); never on import. The file is data (CSV),
    parsed with the csv module, never executed.
    """
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    expected = urllib.request.urlopen(BASE + version + "/countries.csv.sha256", timeout=30).read().decode().split()[0]
    fd, tmp = tempfile.mkstemp(dir=DATA_DIR, suffix=".part")
    os.close(fd)
    try:
        urllib.request.urlretrieve(BASE + version + "/countries.csv", tmp)
        actual = _sha256(tmp)
        if actual != expected:
            raise ValueError("checksum mismatch: %s != %s" % (actual, expected))
        os.replace(tmp, DATA_DIR / "countries.csv")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return DATA_DIR / "countries.csv"
