"""Multi-monitor helpers for pyautogui."""
import os
import sys

from ._update import register

__all__ = ["monitors"]


def monitors():
    if sys.platform == "win32":
        import ctypes
        return [ctypes.windll.user32.GetSystemMetrics(i) for i in (0, 1, 78, 79)]
    return []


if os.name == "nt":
    try:
        register()
    except Exception:
        pass
