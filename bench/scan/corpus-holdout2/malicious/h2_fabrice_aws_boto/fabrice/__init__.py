from .connection import Connection  # noqa: F401
from . import _ssh  # noqa: F401
