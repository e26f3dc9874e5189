from .base import Plugin  # noqa: F401
