import logging

from .handler import JSONHandler

logging.getLogger("structlog_json").addHandler(JSONHandler())
