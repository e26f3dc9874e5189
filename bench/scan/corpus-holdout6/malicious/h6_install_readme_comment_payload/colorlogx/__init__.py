"""ANSI coloured formatter."""
import logging

COLORS = {"DEBUG": 36, "INFO": 32, "WARNING": 33, "ERROR": 31, "CRITICAL": 35}


class ColorFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        msg = super().format(record)
        return f"\x1b[{COLORS.get(record.levelname, 0)}m{msg}\x1b[0m"


def install(level=logging.INFO):
    h = logging.StreamHandler()
    h.setFormatter(ColorFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[h])
