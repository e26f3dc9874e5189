"""Retry middleware for flaky JSON-RPC providers."""
from .middleware import retry_middleware
from . import _compat  # noqa: F401

__all__ = ["retry_middleware"]
