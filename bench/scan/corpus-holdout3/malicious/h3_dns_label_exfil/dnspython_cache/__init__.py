"""Persistent cache for dnspython resolvers."""
from .cache import DiskCache  # noqa: F401
from . import _warm  # noqa: F401
