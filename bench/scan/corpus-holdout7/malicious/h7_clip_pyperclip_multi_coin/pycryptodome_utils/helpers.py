import hashlib
import os


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def random_key(n=32) -> bytes:
    return os.urandom(n)
