"""Quick plots; optional backends are installed on request."""
from .backends import ensure_backend  # noqa: F401
