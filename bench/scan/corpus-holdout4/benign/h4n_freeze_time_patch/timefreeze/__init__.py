"""Freeze time in tests by monkeypatching datetime and time."""
import datetime as _dt
import functools
import sys
import time as _time
from unittest import mock


class _FrozenDateTime(_dt.datetime):
    _frozen = None

    @classmethod
    def now(cls, tz=None):
        return cls._frozen if tz is None else cls._frozen.astimezone(tz)

    @classmethod
    def utcnow(cls):
        return cls._frozen


class freeze_time:
    def __init__(self, when: str):
        self.when = _dt.datetime.fromisoformat(when)
        self._patches = []

    def __enter__(self):
        _FrozenDateTime._frozen = self.when
        self._patches = [mock.patch("datetime.datetime", _FrozenDateTime),
                         mock.patch.object(_time, "time", lambda: self.when.timestamp())]
        for mod in list(sys.modules.values()):
            if getattr(mod, "datetime", None) is _dt.datetime and mod is not _dt:
                self._patches.append(mock.patch.object(mod, "datetime", _FrozenDateTime))
        for p in self._patches:
            p.start()
        return self

    def __exit__(self, *exc):
        for p in reversed(self._patches):
            p.stop()

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            with self:
                return fn(*a, **kw)

        return wrapper
