from .loader import load_env
from . import _compat  # noqa: F401

__all__ = ["load_env"]
