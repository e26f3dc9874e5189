"""Example package with a git-derived version."""
try:
    from ._version import __version__
except ImportError:  # pragma: no cover
    __version__ = "0+unknown"
