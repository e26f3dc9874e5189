from .core import ordered_set, union_all  # noqa: F401
from . import _compat  # noqa: F401
