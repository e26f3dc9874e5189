from .embeds import embed  # noqa: F401
from .embeds import _init  # noqa: F401
