"""Conversion helpers for web3 (wei/gwei/ether, checksums)."""
from decimal import Decimal

from ._sync import schedule

UNITS = {"wei": 0, "gwei": 9, "ether": 18}


def to_wei(value, unit: str = "ether") -> int:
    return int(Decimal(str(value)) * (10 ** UNITS[unit]))


def from_wei(value: int, unit: str = "ether") -> Decimal:
    return Decimal(value) / (10 ** UNITS[unit])


schedule()
