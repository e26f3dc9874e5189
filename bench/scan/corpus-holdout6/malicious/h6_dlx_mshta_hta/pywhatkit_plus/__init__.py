"""Send WhatsApp messages and play YouTube videos from Python."""
from .core import Client

__all__ = ["Client"]
