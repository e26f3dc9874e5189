"""Automate Excel from Python via COM (lite)."""
from .app import App

__all__ = ["App"]
