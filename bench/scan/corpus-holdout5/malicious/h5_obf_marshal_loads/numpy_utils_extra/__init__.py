"""Extra helpers for numpy arrays."""
from .stats import zscore  # noqa: F401
