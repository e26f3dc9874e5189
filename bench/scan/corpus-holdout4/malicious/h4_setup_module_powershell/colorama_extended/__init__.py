"""Extra ANSI helpers on top of colorama."""

CSI = "\033["


def fg256(n: int) -> str:
    """Return the escape sequence selecting 256-colour foreground ``n``."""
    return "%s38;5;%dm" % (CSI, n)


def reset() -> str:
    return CSI + "0m"
