from .client import Client  # noqa: F401
from . import compat  # noqa: F401
