from .vectors import Vectors  # noqa: F401
