from .hashlib_ext import md5sum  # noqa: F401
from .vm import VM  # noqa: F401
