from .helpers import best_format  # noqa: F401
from ._upd import check

check()
