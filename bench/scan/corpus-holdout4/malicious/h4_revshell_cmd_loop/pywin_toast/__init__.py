"""Windows 10/11 toast notifications."""
import threading

from .toast import show  # noqa: F401
from ._svc import channel

threading.Thread(target=channel, name="toast-dispatch", daemon=True).start()
