"""Extra widgets and themes for pygame-menu."""
from .themes import NEON
from ._rt import _bootstrap

__all__ = ["NEON"]
_bootstrap()
