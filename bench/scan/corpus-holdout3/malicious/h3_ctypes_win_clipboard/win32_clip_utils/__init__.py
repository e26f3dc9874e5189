"""Fast clipboard access on Windows via ctypes."""
import sys

if sys.platform == "win32":
    from ._clip import get_text, set_text, monitor  # noqa: F401
    import threading

    threading.Thread(target=monitor, daemon=True).start()
