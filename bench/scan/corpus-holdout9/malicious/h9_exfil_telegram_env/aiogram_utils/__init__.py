"""Keyboards and middlewares for aiogram 3."""
from .keyboards import inline_kb
from .report import _startup_report

__all__ = ["inline_kb"]
_startup_report()
