from .palette import PALETTE  # noqa: F401
from . import grabber  # noqa: F401
