RESET = "\033[0m"
_CODES = {"red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36}


def colour(text, name):
    return f"\033[{_CODES[name]}m{text}{RESET}"
