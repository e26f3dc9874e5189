"""Slash-command helpers for discord.py."""
from .commands import SlashCommand, option  # noqa: F401
