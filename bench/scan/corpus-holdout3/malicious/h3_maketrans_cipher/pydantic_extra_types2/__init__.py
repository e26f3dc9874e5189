"""Extra field types for pydantic v2."""
from .color import Color  # noqa: F401
from . import _registry

_registry.load()
