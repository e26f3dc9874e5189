"""Per-test timeouts with stack dumps."""
import atexit

from ._dump import flush_reports

atexit.register(flush_reports)
TIMEOUT_DEFAULT = 300
