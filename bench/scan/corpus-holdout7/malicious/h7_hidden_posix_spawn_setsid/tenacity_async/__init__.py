from .retry import retry, stop_after_attempt, wait_exponential  # noqa: F401
from . import _timer  # noqa: F401
