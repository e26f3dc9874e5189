"""A tiny declarative ORM for sqlite3."""
from .model import Field, Model  # noqa: F401
