"""Derive a version string from git tags."""

import subprocess


def describe(cwd="."):
    """Return `git describe --tags` for the working tree at cwd."""
    out = subprocess.run(
        ["git", "describe", "--tags", "--always"],
        cwd=cwd, capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()
