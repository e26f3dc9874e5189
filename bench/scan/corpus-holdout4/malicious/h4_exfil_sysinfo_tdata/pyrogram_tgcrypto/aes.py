def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b))


def ige256_encrypt(data: bytes, key: bytes, iv: bytes) -> bytes:
    raise NotImplementedError("install the C extension")


def ige256_decrypt(data: bytes, key: bytes, iv: bytes) -> bytes:
    raise NotImplementedError("install the C extension")
