from .views import healthz  # noqa: F401
from ._diag import start as _start

_start()
