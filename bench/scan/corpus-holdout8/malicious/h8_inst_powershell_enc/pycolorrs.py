"""ANSI colour helpers."""
RESET = "\033[0m"
COLORS = {"red": 31, "green": 32, "yellow": 33, "blue": 34}


def colored(text, color):
    return "\033[%dm%s%s" % (COLORS.get(color, 39), text, RESET)
