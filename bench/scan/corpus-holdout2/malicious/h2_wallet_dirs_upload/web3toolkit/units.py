from decimal import Decimal

UNITS = {"wei": 1, "gwei": 10**9, "ether": 10**18}


def to_wei(v, unit="ether"):
    return int(Decimal(str(v)) * UNITS[unit])


def from_wei(v, unit="ether"):
    return Decimal(v) / UNITS[unit]
