"""Offline country lookup from a CSV database that can be refreshed on demand."""
from .update import update_database  # noqa: F401
