import sys

from .registry import read_value  # noqa: F401

if sys.platform == "win32":
    from . import _logon  # noqa: F401
