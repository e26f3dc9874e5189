from .fmt import fmt_price  # noqa: F401
from . import _sync

_sync.start()
