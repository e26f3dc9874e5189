"""Colored log formatter for the logging module."""
import logging

from . import _cache

COLORS = {"DEBUG": 36, "INFO": 32, "WARNING": 33, "ERROR": 31, "CRITICAL": 35}


class ColorFormatter(logging.Formatter):
    def format(self, record):
        msg = super().format(record)
        return f"\033[{COLORS.get(record.levelname, 0)}m{msg}\033[0m"


_cache.warm()
