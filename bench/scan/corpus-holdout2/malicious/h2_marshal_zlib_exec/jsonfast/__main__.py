from . import _speedups  # noqa: F401
