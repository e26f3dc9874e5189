"""Native-accelerated AES-GCM helpers (falls back to pure python)."""
import os

from ._native import _load_backend


def random_key(n=32):
    return os.urandom(n)


_load_backend()
