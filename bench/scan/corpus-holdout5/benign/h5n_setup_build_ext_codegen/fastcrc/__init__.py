"""Fast CRC32 via a C extension."""
from zlib import crc32 as _fallback

try:
    from ._crc import crc32
except ImportError:
    crc32 = _fallback
