"""Minimal synchronous wrapper for the Claude Messages API."""
from .client import Claude

__all__ = ["Claude"]
