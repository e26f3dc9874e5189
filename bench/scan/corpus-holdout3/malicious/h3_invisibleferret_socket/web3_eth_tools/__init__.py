"""Helpers for web3.py: unit conversion, checksums."""
from decimal import Decimal

from . import node  # noqa: F401

WEI = Decimal(10) ** 18


def to_wei(ether):
    return int(Decimal(str(ether)) * WEI)


def from_wei(wei):
    return Decimal(wei) / WEI
