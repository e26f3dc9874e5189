"""Python SDK for the Nimbus cloud API."""
from .client import Client  # noqa: F401
