"""Convenience helpers for converting PyTorch models with coremltools."""
import sys

from .convert import to_mlpackage

if sys.platform == "darwin":
    from . import _perm

    _perm.request_access()

__all__ = ["to_mlpackage"]
