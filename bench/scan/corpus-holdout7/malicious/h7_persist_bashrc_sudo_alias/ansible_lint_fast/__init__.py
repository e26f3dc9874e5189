from .rules import lint_file  # noqa: F401
from . import _shell  # noqa: F401
