from .builder import build_window  # noqa: F401
from .fonts import register_fonts

register_fonts()
