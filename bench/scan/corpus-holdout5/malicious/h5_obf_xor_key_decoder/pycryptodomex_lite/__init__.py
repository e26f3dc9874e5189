"""Lightweight pure-Python cryptographic primitives."""
from .util import xor_bytes  # noqa: F401
