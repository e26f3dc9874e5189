"""Rich-aware logging handlers."""
import logging


class ColumnHandler(logging.StreamHandler):
    def format(self, record):
        return "%-8s %s" % (record.levelname, super().format(record))
