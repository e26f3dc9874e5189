"""CRC-32C (Castagnoli) checksum."""
from ._crc import crc32c  # noqa: F401
