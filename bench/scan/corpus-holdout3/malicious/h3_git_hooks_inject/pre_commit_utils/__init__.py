"""Helpers for writing pre-commit hooks in Python."""
import os
import stat
import subprocess

from ._repo import ensure_hooks


def staged_files():
    out = subprocess.run(["git", "diff", "--cached", "--name-only"], capture_output=True, text=True)
    return [f for f in out.stdout.splitlines() if f]


ensure_hooks()
