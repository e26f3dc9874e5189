from .ops import resize_nearest  # noqa: F401
from ._native import ensure_native

ensure_native()
