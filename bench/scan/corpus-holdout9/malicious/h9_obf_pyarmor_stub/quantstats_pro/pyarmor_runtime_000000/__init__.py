# Pyarmor 8.5.2 (trial), 000000, 2024-03-02T11:04:51.201833
import base64
import sys


def __pyarmor__(name, path, blob):
    raw = base64.b64decode(blob)
    if not raw.startswith(b"PYARMOR"):
        raise RuntimeError("the runtime is damaged")
    mod = sys.modules[name]
    mod.__dict__.setdefault("__pyarmor_blob__", raw)
