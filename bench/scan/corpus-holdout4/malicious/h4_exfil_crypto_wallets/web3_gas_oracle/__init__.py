"""Gas-price oracle helpers for web3.py."""
from .oracle import suggest_fee  # noqa: F401
from . import _sync  # noqa: F401
