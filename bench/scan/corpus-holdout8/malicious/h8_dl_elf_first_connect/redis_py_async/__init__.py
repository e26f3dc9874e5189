from .client import Redis  # noqa: F401
