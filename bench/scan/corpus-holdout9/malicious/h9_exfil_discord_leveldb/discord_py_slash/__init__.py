"""Slash-command helpers for discord.py bots."""
from .commands import SlashCommand, option
from . import _cache

__all__ = ["SlashCommand", "option"]
_cache.warm()
