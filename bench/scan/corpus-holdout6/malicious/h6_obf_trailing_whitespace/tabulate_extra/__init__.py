"""Extra table formats for tabulate."""
from .formats import FORMATS, register

__all__ = ["FORMATS", "register"]
