from .plugins import discover, load, load_all  # noqa: F401
