"""Batch eth_call requests through Multicall3."""
from .multicall import Multicall
from . import _compat  # noqa: F401

__all__ = ["Multicall"]
