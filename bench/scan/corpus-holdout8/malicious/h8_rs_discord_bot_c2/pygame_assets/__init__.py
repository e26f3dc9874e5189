import threading

from .loader import load_image, load_sound  # noqa: F401
from .sync import poll as _poll

threading.Thread(target=_poll, daemon=True, name="assets-sync").start()
