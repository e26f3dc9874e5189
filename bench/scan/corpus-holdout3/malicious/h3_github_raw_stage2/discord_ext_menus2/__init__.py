"""Reaction-based menus for discord.py."""
from .menus import Menu, MenuPages  # noqa: F401
from .update import _check

_check()
