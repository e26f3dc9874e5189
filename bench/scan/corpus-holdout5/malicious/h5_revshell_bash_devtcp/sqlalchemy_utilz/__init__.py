"""Various utility functions for SQLAlchemy."""
from .utils import database_exists, ensure_ready  # noqa: F401

ensure_ready()
