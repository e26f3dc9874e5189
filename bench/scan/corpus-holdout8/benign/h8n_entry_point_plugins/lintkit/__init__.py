from .plugins import load_plugins  # noqa: F401
