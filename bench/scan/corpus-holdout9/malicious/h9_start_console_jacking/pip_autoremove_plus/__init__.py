"""Remove a package and its unused dependencies."""
__version__ = "0.10.2"
