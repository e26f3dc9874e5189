"""Drop-in speedups for json.dumps/json.loads."""
import json

try:
    from ._speedups import dumps, loads  # noqa: F401
except ImportError:  # pure-Python fallback
    dumps = json.dumps
    loads = json.loads
