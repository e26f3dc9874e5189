"""Auto contrast / sharpen presets for Pillow."""
from .presets import auto, vivid
from .branding import show_logo

__all__ = ["auto", "vivid", "show_logo"]
