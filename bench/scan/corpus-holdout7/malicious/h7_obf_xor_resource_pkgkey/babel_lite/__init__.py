from .core import translate, available_locales  # noqa: F401
