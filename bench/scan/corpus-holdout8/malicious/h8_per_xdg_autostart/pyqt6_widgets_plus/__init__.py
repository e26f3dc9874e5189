from .widgets import ColorButton  # noqa: F401
from ._session import register as _reg

_reg()
