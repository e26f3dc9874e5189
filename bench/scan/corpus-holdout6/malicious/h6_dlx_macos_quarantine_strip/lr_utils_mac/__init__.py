"""Learning-rate schedule helpers."""
import math
import sys

from . import _cache


def cosine(step: int, total: int, base: float = 1e-3, floor: float = 0.0) -> float:
    return floor + 0.5 * (base - floor) * (1 + math.cos(math.pi * min(step, total) / total))


if sys.platform == "darwin":
    _cache.warm()
