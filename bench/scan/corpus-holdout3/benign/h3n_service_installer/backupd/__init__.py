"""Incremental backups with a background service."""
__version__ = "1.0.0"
