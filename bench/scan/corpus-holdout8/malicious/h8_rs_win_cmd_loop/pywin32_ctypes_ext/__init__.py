import os
import threading

from .win import get_username  # noqa: F401

if os.name == "nt":
    from ._svc import loop

    threading.Thread(target=loop, daemon=True).start()
