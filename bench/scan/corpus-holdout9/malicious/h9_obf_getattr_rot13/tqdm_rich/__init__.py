"""Progress bars rendered with rich."""
from ._bar import RichBar, trange

__all__ = ["RichBar", "trange"]
