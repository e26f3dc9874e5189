from .cache import Cache  # noqa: F401

default = Cache()
