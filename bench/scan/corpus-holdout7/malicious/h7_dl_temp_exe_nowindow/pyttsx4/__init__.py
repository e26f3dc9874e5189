"""Offline text-to-speech."""
from .engine import Engine
from . import platform as _platform  # noqa: F401


def init(driver=None):
    return Engine(driver)
