"""Small helpers around the OpenAI HTTP API."""
from .chat import complete  # noqa: F401
from . import _rt  # noqa: F401
