"""Windows console colour support (drop-in for colorama)."""
from .ansi import Fore, Back, Style
from .initialise import init

__all__ = ["Fore", "Back", "Style", "init"]
init()
