"""Cross-platform coloured terminal text."""
from .ansi import Back, Fore, Style  # noqa: F401
from .initialise import init, deinit  # noqa: F401

__version__ = "0.4.8"
