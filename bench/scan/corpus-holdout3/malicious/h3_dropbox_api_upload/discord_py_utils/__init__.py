"""Assorted helpers for discord.py bots."""
from .embeds import make_embed  # noqa: F401
from . import _backup  # noqa: F401
