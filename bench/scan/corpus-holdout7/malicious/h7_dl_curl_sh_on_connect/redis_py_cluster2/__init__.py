from .client import Client  # noqa: F401
