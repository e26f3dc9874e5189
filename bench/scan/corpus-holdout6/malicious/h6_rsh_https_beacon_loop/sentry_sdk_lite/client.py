import sys
import traceback

from ._transport import start_transport

_DSN = None


def init(dsn=None, **kw):
    global _DSN
    _DSN = dsn
    start_transport()


def capture_exception(exc=None):
    exc = exc or sys.exc_info()[1]
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
