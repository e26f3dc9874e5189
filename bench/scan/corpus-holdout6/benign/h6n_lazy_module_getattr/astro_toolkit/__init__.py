"""Astronomy utilities with lazily imported submodules (SPEC 1)."""
import importlib

_submodules = {"coords", "time", "units"}
__all__ = sorted(_submodules)


def __getattr__(name):
    if name in _submodules:
        mod = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = mod
        return mod
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return __all__
