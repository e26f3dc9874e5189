"""Documentation site builder."""
__version__ = "1.0.0"
