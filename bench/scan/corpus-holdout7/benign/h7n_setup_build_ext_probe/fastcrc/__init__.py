try:
    from ._crc import crc32
except ImportError:
    from zlib import crc32  # noqa: F401
