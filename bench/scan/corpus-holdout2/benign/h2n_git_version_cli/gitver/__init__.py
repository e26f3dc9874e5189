"""Derive a PEP 440 version from git tags."""
import os
import re
import subprocess

__all__ = ["get_version"]


def _git(*args, cwd=None):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def get_version(root="."):
    try:
        desc = _git("describe", "--tags", "--long", "--dirty", cwd=root)
    except (OSError, subprocess.CalledProcessError):
        return os.environ.get("GITVER_PRETEND_VERSION", "0.0.0")
    m = re.match(r"v?(?P<tag>[\d.]+)-(?P<dist>\d+)-g(?P<sha>[0-9a-f]+)(?P<dirty>-dirty)?", desc)
    if not m:
        return "0.0.0"
    if m["dist"] == "0" and not m["dirty"]:
        return m["tag"]
    return f"{m['tag']}.post{m['dist']}+g{m['sha']}" + (".dirty" if m["dirty"] else "")
