"""Community hooks for PyInstaller."""
import os

from . import hook_utils  # noqa: F401


def get_hook_dirs():
    return [os.path.dirname(__file__)]
