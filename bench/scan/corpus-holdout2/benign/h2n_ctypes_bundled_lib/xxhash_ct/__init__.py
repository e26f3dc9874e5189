import ctypes
import os
import sys

_name = {"win32": "xxhash.dll", "darwin": "libxxhash.dylib"}.get(sys.platform, "libxxhash.so")
_lib = ctypes.CDLL(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_libs", _name))
_lib.XXH64.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_ulonglong]
_lib.XXH64.restype = ctypes.c_ulonglong


def xxh64(data: bytes, seed: int = 0) -> int:
    return _lib.XXH64(data, len(data), seed)
