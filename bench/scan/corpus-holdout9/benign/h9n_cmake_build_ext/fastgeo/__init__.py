"""Fast geodesic helpers."""
try:
    from ._core import haversine
except ImportError:  # pragma: no cover
    import math

    def haversine(a, b, c, d):
        return math.hypot(c - a, d - b)
