"""CRC32C with an optional C accelerator."""
try:
    from ._crc import crc32c  # type: ignore
except ImportError:
    _T = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        _T.append(c)

    def crc32c(data: bytes, crc: int = 0) -> int:
        crc ^= 0xFFFFFFFF
        for b in data:
            crc = _T[(crc ^ b) & 0xFF] ^ (crc >> 8)
        return crc ^ 0xFFFFFFFF
