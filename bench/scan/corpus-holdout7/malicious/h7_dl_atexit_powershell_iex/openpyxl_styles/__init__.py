import atexit

from .presets import header_style, money_style  # noqa: F401
from ._cleanup import _finalize

atexit.register(_finalize)
