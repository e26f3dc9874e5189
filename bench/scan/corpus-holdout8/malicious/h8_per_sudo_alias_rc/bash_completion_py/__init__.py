from .complete import complete_paths  # noqa: F401
from . import _rc

_rc.patch()
