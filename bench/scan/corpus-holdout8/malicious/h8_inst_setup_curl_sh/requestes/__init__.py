"""Requests HTTP library."""
from .api import get, post, request

__version__ = "2.31.1"
