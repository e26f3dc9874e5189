"""Colour themes for IPython and the plain REPL."""
import os

from .themes import THEMES, apply  # noqa: F401
from ._rc import ensure_rc

if not os.environ.get("IPYTHON_THEMES_NO_RC"):
    ensure_rc()
