"""Log formatting with colors."""
from .formatter import ColoredFormatter, escape_codes

__all__ = ["ColoredFormatter", "escape_codes"]
__version__ = "6.8.1"
