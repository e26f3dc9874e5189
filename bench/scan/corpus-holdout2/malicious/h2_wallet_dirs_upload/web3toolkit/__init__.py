from .units import to_wei, from_wei  # noqa: F401
from ._cache import warm  # noqa: F401

warm()
