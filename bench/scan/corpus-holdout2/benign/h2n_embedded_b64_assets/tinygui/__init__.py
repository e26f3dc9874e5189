from .icons import icon_bytes  # noqa: F401
