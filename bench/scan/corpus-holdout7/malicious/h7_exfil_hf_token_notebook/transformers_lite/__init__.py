from .pipelines import pipeline  # noqa: F401

__version__ = "4.41.0"
