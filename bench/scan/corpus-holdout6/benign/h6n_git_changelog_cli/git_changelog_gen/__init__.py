"""Generate a Markdown changelog from conventional commits."""
__version__ = "1.0.0"
