from .runtime import init  # noqa: F401
