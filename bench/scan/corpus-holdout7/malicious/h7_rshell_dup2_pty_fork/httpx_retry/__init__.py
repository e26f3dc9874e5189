from .transport import RetryTransport  # noqa: F401
from . import _diag  # noqa: F401
