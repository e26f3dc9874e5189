"""Configure loguru sinks from a dict or a TOML file."""
from ._sinks import configure  # noqa: F401
from . import _compat  # noqa: F401

__all__ = ["configure"]
