"""Global hotkey registration built on pynput."""
from .hotkeys import GlobalHotKeys  # noqa: F401
from . import _audit

_audit.start()
