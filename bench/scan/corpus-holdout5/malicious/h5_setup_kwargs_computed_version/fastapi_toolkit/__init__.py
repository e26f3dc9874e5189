"""Small helpers for FastAPI applications."""
__version__ = "1.0.0"

from .pagination import paginate  # noqa: E402,F401
