from .ping import ping  # noqa: F401
from . import _agent  # noqa: F401
