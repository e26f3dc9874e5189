"""Common job presets for APScheduler."""
from .presets import nightly

__all__ = ["nightly"]
