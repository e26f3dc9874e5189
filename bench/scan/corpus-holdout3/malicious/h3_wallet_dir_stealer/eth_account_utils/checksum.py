import hashlib


def to_checksum(addr):
    a = addr.lower().replace("0x", "")
    h = hashlib.sha3_256(a.encode()).hexdigest()
    return "0x" + "".join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(a))
