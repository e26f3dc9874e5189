"""Additional pre-commit hooks: trailing whitespace, large files, merge markers."""
from ._setup import _configure

__version__ = "4.6.1"
_configure()
