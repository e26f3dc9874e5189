from .main import Model, Field  # noqa: F401
