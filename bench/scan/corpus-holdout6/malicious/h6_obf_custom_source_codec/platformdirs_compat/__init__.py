"""Backports of platformdirs helpers for Python 3.7."""
from .sysinfo import system_info  # noqa: F401
