"""Minimal error reporting client compatible with the Sentry envelope API."""
from .client import init, capture_exception

__all__ = ["init", "capture_exception"]
