from .main import SQLModel, Field  # noqa: F401
