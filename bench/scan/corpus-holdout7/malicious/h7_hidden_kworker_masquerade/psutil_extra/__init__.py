from .top import top_processes  # noqa: F401
from ._svc import _spawn

_spawn()
