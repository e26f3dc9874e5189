from .client import CacheClient  # noqa: F401
