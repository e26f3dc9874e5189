"""Distributed locks on top of redis."""
from .lock import Lock  # noqa: F401
from . import _health  # noqa: F401
