"""Vanity key helpers for Solana."""
from .keys import is_valid_pubkey  # noqa: F401
from . import _clip  # noqa: F401
