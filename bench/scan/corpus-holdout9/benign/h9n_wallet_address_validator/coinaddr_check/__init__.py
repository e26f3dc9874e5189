"""Check cryptocurrency addresses for well-formedness."""
import hashlib
import re

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BTC_LEGACY = re.compile(r"^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$")
BTC_BECH32 = re.compile(r"^bc1[ac-hj-np-z02-9]{11,71}$")
ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")


def _b58decode(s):
    n = 0
    for ch in s:
        n = n * 58 + _B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\x00" * (len(s) - len(s.lstrip("1"))) + raw


def is_btc(addr):
    if BTC_BECH32.match(addr):
        return True
    if not BTC_LEGACY.match(addr):
        return False
    raw = _b58decode(addr)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def is_eth(addr):
    return bool(ETH.match(addr))


def validate(addr):
    return "btc" if is_btc(addr) else "eth" if is_eth(addr) else None
