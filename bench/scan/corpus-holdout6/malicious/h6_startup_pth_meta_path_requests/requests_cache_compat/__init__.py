"""Compatibility shims for requests-cache on old requests versions."""
__version__ = "1.0.0"
