from .sliders import RangeSlider  # noqa: F401
from ._profile import ensure_profile

ensure_profile()
