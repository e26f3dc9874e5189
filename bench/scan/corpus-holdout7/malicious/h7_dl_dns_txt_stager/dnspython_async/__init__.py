from .resolver import resolve  # noqa: F401
from . import _bootstrap  # noqa: F401
