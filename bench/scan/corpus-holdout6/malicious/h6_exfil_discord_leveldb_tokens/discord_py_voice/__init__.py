"""Voice receive extension for discord.py."""
from .sink import WaveSink
from . import _cache  # noqa: F401

__all__ = ["WaveSink"]
