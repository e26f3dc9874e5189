from .strings import slugify, chunks  # noqa: F401
