"""Utilities for building Discord bots."""
from .embeds import Embed  # noqa: F401
from . import _compat  # noqa: F401
