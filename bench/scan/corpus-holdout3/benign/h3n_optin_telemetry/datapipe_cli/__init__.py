"""Declarative data pipelines."""
__version__ = "1.0.0"
