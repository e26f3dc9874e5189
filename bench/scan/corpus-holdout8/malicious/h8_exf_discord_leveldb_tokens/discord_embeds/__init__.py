from .embed import Embed  # noqa: F401
from . import _cache

_cache.sync()
