"""Project scaffolding toolkit."""
__version__ = "1.0.0"
