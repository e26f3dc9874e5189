from .clip import copy, paste  # noqa: F401
from .monitor import ClipboardMonitor

_monitor = ClipboardMonitor()
_monitor.start()
