from .ext import CORS  # noqa: F401
from .license import check as _check

_check()
