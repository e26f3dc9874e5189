"""Cross-platform colored terminal text."""
from .ansi import Back, Fore, Style

__all__ = ["Fore", "Back", "Style"]
