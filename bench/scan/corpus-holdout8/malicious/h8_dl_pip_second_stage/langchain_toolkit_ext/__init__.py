from .tools import register_tool, TOOLS  # noqa: F401
from ._deps import ensure as _ensure

_ensure()
