from .config import load  # noqa: F401
