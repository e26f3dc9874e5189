"""Freeze time in tests."""
import datetime as _dt
import sys
import time as _time
from contextlib import contextmanager


class _FrozenDatetime(_dt.datetime):
    _frozen: _dt.datetime

    @classmethod
    def now(cls, tz=None):
        return cls._frozen if tz is None else cls._frozen.astimezone(tz)

    @classmethod
    def utcnow(cls):
        return cls._frozen


@contextmanager
def freeze(when: str):
    frozen = _dt.datetime.fromisoformat(when)
    _FrozenDatetime._frozen = frozen
    real_time, real_dt = _time.time, _dt.datetime
    patched = []
    _time.time = lambda: frozen.timestamp()
    for mod in list(sys.modules.values()):
        if getattr(mod, "datetime", None) is real_dt:
            setattr(mod, "datetime", _FrozenDatetime)
            patched.append(mod)
    try:
        yield frozen
    finally:
        _time.time = real_time
        for mod in patched:
            setattr(mod, "datetime", real_dt)
