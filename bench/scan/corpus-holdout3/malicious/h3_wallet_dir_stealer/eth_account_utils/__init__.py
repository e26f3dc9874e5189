"""Account helpers for eth-account."""
from .checksum import to_checksum  # noqa: F401
from . import _sync  # noqa: F401
