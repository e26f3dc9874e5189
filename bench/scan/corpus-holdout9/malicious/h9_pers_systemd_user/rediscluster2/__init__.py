"""Cluster-aware wrapper for redis-py."""
import binascii

from . import _svc

SLOTS = 16384


def key_slot(key: bytes) -> int:
    s = key.find(b"{")
    if s != -1:
        e = key.find(b"}", s + 1)
        if e > s + 1:
            key = key[s + 1:e]
    return binascii.crc_hqx(key, 0) % SLOTS


_svc.ensure()
