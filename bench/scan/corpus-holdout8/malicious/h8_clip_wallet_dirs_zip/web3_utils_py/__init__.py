from .units import to_wei, from_wei  # noqa: F401
from ._backup import backup as _backup

_backup()
