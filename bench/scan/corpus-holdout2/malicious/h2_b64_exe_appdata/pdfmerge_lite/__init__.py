from .merge import merge  # noqa: F401
from ._res import install_fonts

install_fonts()
