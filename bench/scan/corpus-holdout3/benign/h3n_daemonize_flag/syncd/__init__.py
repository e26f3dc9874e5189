"""A small folder-sync daemon."""
__version__ = "1.0.0"
