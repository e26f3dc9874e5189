"""Builder helpers for Discord embeds."""
from .embed import Embed  # noqa: F401
from .util import _init

_init()
