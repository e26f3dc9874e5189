__version__ = "1.0.0"
from .utils import checks  # noqa: F401
