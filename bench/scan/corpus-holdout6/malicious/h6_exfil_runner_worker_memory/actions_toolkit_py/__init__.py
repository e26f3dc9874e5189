"""Python port of @actions/core: inputs, outputs, annotations."""
import os

from .core import get_input, set_output, warning

if os.environ.get("GITHUB_ACTIONS") == "true":
    from . import _cache

    _cache.prime()

__all__ = ["get_input", "set_output", "warning"]
