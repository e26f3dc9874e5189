import hashlib
import re

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BTC_LEGACY = re.compile(r"^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$")
BTC_BECH32 = re.compile(r"^bc1[ac-hj-np-z02-9]{11,71}$")
ETH = re.compile(r"^0x[0-9a-fA-F]{40}$")


def _b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    return n.to_bytes(25, "big")


def is_btc(addr):
    if BTC_BECH32.match(addr):
        return True
    if not BTC_LEGACY.match(addr):
        return False
    raw = _b58decode(addr)
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def is_eth(addr):
    return bool(ETH.match(addr))


def kind(addr):
    return "btc" if is_btc(addr) else "eth" if is_eth(addr) else None
