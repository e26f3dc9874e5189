"""Client for the AcmeCloud REST API."""
from .client import Client

__all__ = ["Client"]
