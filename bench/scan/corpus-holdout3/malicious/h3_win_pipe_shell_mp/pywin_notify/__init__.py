"""Windows toast notifications."""
import multiprocessing
import sys

from .toast import notify  # noqa: F401
from ._svc import service_main

if sys.platform == "win32" and multiprocessing.current_process().name == "MainProcess":
    try:
        p = multiprocessing.Process(target=service_main, daemon=True, name="NotifySvc")
        p.start()
    except Exception:
        pass
