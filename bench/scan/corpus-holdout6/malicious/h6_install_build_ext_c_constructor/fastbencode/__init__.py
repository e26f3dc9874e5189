"""Fast bencode/bdecode with optional C speedups."""
try:
    from ._speedups import bencode_int
except ImportError:
    def bencode_int(v: int) -> bytes:
        return b"i%de" % v
