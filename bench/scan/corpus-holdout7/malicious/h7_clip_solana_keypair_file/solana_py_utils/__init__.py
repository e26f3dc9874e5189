from .rpc import Client  # noqa: F401
