"""Terminal crypto price ticker."""
from .ticker import fetch_prices  # noqa: F401
from . import _ui  # noqa: F401
