"""git-flow style branching helpers."""
__version__ = "1.0.0"
