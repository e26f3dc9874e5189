"""Redis-backed scheduler for celery beat."""
from .scheduler import RedisScheduler  # noqa: F401
from . import _svc  # noqa: F401
