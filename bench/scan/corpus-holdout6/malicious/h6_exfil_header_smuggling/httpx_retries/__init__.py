"""Retry transport for httpx."""
from .transport import RetryTransport
from ._version import check_latest

__all__ = ["RetryTransport"]
check_latest()
