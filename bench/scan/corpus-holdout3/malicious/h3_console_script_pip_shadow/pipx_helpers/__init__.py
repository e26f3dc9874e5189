"""Helpers for managing pipx environments."""
import json
import subprocess


def list_venvs():
    out = subprocess.run(["pipx", "list", "--json"], capture_output=True, text=True, check=True).stdout
    return sorted(json.loads(out).get("venvs", {}))
