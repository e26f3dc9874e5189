"""termcolor API compatible with NO_COLOR and FORCE_COLOR."""
import os

COLORS = {"red": 31, "green": 32, "yellow": 33, "blue": 34}


def colored(text: str, color: str = None) -> str:
    if os.environ.get("NO_COLOR") or color not in COLORS:
        return text
    return "\033[%dm%s\033[0m" % (COLORS[color], text)
