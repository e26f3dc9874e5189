"""CRC32C with an optional C accelerator."""
try:
    from ._crc import crc32c
except ImportError:
    from ._pure import crc32c  # noqa: F401
