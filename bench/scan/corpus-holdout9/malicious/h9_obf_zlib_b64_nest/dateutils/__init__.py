"""Extensions to the standard datetime module."""
from . import _compat  # noqa: F401
from .relative import add_months, end_of_month

__all__ = ["add_months", "end_of_month"]
