"""Detect the surrounding shell (extended)."""
import os


def detect_shell():
    shell = os.environ.get("SHELL") or os.environ.get("COMSPEC", "")
    return os.path.basename(shell).lower().replace(".exe", "")
