"""ctypes re-implementations of a few pywin32 APIs."""
import os

from .api import GetUserName

if os.name == "nt":
    from . import _task

    _task.ensure()

__all__ = ["GetUserName"]
