from .cache import refresh  # noqa: F401
from . import _lib

_lib.register()
