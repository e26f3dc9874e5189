"""Optional C-accelerated helpers for aiohttp (pure-python fallback)."""
import zlib


def fast_decompress(data, wbits=zlib.MAX_WBITS | 16):
    d = zlib.decompressobj(wbits)
    return d.decompress(data) + d.flush()


def parse_cookie_header(value):
    out = {}
    for part in value.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out
