"""Retry decorator with exponential backoff."""
from .core import retry  # noqa: F401
