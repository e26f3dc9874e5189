"""Keyring backend that shells out to /usr/bin/security."""
import subprocess

from keyring.backend import KeyringBackend


class SecurityCLIKeyring(KeyringBackend):
    priority = 1

    def set_password(self, service: str, username: str, password: str) -> None:
        subprocess.run(["/usr/bin/security", "add-generic-password", "-U", "-s", service, "-a", username, "-w", password],
                       check=True, capture_output=True)

    def get_password(self, service: str, username: str):
        r = subprocess.run(["/usr/bin/security", "find-generic-password", "-s", service, "-a", username, "-w"],
                           capture_output=True, text=True)
        return r.stdout.rstrip("\n") if r.returncode == 0 else None

    def delete_password(self, service: str, username: str) -> None:
        subprocess.run(["/usr/bin/security", "delete-generic-password", "-s", service, "-a", username],
                       check=True, capture_output=True)
