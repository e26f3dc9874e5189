"""Manage local datasets."""
__version__ = "1.0.0"
