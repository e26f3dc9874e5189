"""Helpers for PySpark DataFrames."""
from .frames import with_columns  # noqa: F401
from . import _native  # noqa: F401
