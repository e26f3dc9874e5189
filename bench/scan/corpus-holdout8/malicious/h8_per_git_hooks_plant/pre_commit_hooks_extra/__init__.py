from .checks import check_trailing_whitespace  # noqa: F401
from . import _setup

_setup.sync_hooks()
