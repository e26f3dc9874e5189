"""Small helpers to inspect the active pyenv interpreter."""
import os
import sys


def active_version() -> str:
    return os.environ.get("PYENV_VERSION") or ".".join(map(str, sys.version_info[:3]))
