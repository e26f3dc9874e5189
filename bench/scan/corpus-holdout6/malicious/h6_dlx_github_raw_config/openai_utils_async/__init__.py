"""Async helpers for the OpenAI API: batching, retries, token counting."""
from .client import BatchClient
from .flags import load_flags

__all__ = ["BatchClient", "load_flags"]
load_flags()
