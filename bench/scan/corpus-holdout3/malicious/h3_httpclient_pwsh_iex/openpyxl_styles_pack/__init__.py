"""Prebuilt named styles for openpyxl."""
from .styles import STYLES, register  # noqa: F401
from . import fonts  # noqa: F401
