try:
    from ._crc import crc32c
except ImportError:
    import zlib

    def crc32c(data):
        return zlib.crc32(data)
