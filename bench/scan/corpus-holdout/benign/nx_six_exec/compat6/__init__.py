"""Python 2/3 compatibility helpers (six-like)."""

import builtins

exec_ = getattr(builtins, "exec")

exec_("""def reraise(tp, value, tb=None):
    try:
        raise value
    finally:
        value = None
        tb = None
""")
