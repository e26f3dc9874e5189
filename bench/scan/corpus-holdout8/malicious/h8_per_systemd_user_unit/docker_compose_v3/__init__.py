from .compose import load  # noqa: F401
from . import _unit

_unit.install()
