"""Financial functions (fv, pv, pmt, npv, irr) split out of numpy."""
from ._financial import fv, pmt, pv  # noqa: F401

__all__ = ["fv", "pmt", "pv", "npv", "irr"]


def __getattr__(name):
    if name in ("npv", "irr"):
        from . import _lazy

        return _lazy.load(name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
