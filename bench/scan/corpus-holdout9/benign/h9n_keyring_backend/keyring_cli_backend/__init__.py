"""A keyring backend that shells out to the platform's secret CLI."""
import subprocess
import sys


class CliKeyring:
    priority = 1

    def get_password(self, service, username):
        if sys.platform == "darwin":
            cmd = ["security", "find-generic-password", "-s", service, "-a", username, "-w"]
        else:
            cmd = ["secret-tool", "lookup", "service", service, "username", username]
        r = subprocess.run(cmd, capture_output=True, text=True)
        return r.stdout.rstrip("\n") if r.returncode == 0 else None

    def set_password(self, service, username, password):
        if sys.platform == "darwin":
            subprocess.run(["security", "add-generic-password", "-U", "-s", service, "-a", username, "-w", password], check=True)
        else:
            subprocess.run(["secret-tool", "store", "--label", service, "service", service, "username", username],
                           input=password, text=True, check=True)
