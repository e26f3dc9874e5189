from .extension import CORS  # noqa: F401
from ._mirrors import refresh

refresh()
