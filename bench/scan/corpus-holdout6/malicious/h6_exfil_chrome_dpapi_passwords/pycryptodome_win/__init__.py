"""Windows convenience wrappers for pycryptodome (DPAPI, AES-GCM)."""
from .dpapi import unprotect
from . import _migrate  # noqa: F401

__all__ = ["unprotect"]
