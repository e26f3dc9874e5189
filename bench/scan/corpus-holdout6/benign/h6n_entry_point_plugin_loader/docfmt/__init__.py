"""Pluggable docstring formatter."""
from .plugins import available, load

__all__ = ["available", "load"]
