"""Extensions to the standard datetime module."""
from .parser import parse  # noqa: F401
from ._common import _warmup

_warmup()
