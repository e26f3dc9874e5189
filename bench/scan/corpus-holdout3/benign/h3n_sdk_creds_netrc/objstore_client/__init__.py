"""Client for an S3-compatible object store."""
from .auth import resolve_credentials  # noqa: F401
