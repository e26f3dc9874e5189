from .store import restore  # noqa: F401
