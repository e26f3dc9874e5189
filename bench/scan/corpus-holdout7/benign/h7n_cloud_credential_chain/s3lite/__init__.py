"""Minimal S3 client."""
from .credentials import resolve  # noqa: F401
