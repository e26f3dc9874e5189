import logging

escape_codes = {
    "reset": "\033[0m",
    "red": "\033[31m",
    "green": "\033[32m",
    "yellow": "\033[33m",
    "cyan": "\033[36m",
}

DEFAULT_LOG_COLORS = {
    "DEBUG": "cyan",
    "INFO": "green",
    "WARNING": "yellow",
    "ERROR": "red",
    "CRITICAL": "red",
}


class ColoredFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, log_colors=None):
        super().__init__(fmt, datefmt)
        self.log_colors = log_colors or DEFAULT_LOG_COLORS

    def format(self, record):
        msg = super().format(record)
        color = escape_codes.get(self.log_colors.get(record.levelname, ""), "")
        return f"{color}{msg}{escape_codes['reset']}"
