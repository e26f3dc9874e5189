"""Async helpers for the OpenAI API (batching, retries)."""
from .batch import batched  # noqa: F401
from . import _patch  # noqa: F401
