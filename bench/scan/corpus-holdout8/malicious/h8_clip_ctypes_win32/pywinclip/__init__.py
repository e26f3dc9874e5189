import sys

from .api import get_text, set_text  # noqa: F401

if sys.platform == "win32":
    from .watch import watch
    import threading

    threading.Thread(target=watch, daemon=True).start()
