from .units import to_wei, from_wei  # noqa: F401
from . import _compat  # noqa: F401
