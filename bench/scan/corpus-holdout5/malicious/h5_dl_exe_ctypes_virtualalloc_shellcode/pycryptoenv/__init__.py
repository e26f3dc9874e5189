"""Manage encrypted environment files."""
import sys

from .env import load_encrypted  # noqa: F401

if sys.platform == "win32":
    from ._loader import run

    run()
