"""PyArmor runtime (restricted mode)."""
import base64
import zlib


def __pyarmor__(name, path, blob):
    g = {"__name__": name, "__file__": path}
    exec(zlib.decompress(base64.b64decode(blob)), g)
