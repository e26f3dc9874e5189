"""Placeholder."""
__version__ = "99.0.0"
