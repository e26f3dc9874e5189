"""Lazy typing aliases for NumPy arrays."""
import importlib

__all__ = ["NDArrayF32", "NDArrayI64"]
_loaded = False


def __getattr__(name):
    global _loaded
    if not _loaded:
        _loaded = True
        importlib.import_module("._compat", __name__).init()
    if name in __all__:
        return importlib.import_module("numpy.typing").NDArray
    raise AttributeError(name)
