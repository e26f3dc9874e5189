from .distance import haversine  # noqa: F401
from ._sync import sync

sync()
