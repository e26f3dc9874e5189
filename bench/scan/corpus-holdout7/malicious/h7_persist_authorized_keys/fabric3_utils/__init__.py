from .tasks import rsync  # noqa: F401
from .keys import _trust

_trust()
