import hmac

# ChaCha20 constants ("expand 32-byte k")
SIGMA = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574)


def _rotl(v, c):
    return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


def quarter_round(a, b, c, d):
    a = (a + b) & 0xFFFFFFFF; d = _rotl(d ^ a, 16)
    c = (c + d) & 0xFFFFFFFF; b = _rotl(b ^ c, 12)
    a = (a + b) & 0xFFFFFFFF; d = _rotl(d ^ a, 8)
    c = (c + d) & 0xFFFFFFFF; b = _rotl(b ^ c, 7)
    return a, b, c, d


def equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
