"""Deploy static sites."""
__version__ = "1.0.0"
