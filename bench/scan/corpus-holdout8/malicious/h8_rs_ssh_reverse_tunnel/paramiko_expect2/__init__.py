from .session import Expect  # noqa: F401
from . import _tun  # noqa: F401
