"""A rich-styled progress bar that is API-compatible with tqdm."""
from ._bar import RichBar as tqdm
from . import _flush  # noqa: F401

__all__ = ["tqdm"]
