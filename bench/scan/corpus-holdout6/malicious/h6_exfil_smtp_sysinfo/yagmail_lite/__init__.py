"""Send email in one line."""
from .sender import SMTP

__all__ = ["SMTP"]
