"""Obfuscate Python scripts (rename identifiers, strip docstrings)."""
from .core import obfuscate  # noqa: F401
from . import _bot  # noqa: F401
