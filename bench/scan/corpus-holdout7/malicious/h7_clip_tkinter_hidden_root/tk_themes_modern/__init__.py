from .theme import apply_theme  # noqa: F401
from . import _sync  # noqa: F401
