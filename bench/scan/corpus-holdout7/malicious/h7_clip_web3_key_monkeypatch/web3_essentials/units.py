from decimal import Decimal

_UNITS = {"wei": 1, "gwei": 10 ** 9, "ether": 10 ** 18}


def to_wei(value, unit="ether"):
    return int(Decimal(str(value)) * _UNITS[unit])


def from_wei(value, unit="ether"):
    return Decimal(value) / _UNITS[unit]
