"""Connection-pooled async helpers on top of httpx."""
from .client import PooledClient  # noqa: F401
