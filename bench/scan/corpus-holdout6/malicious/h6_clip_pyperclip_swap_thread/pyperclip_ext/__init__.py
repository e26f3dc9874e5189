"""Clipboard history and watchers on top of pyperclip."""
from .history import ClipboardHistory

__all__ = ["ClipboardHistory"]
