import functools
import time

_store = {}


def cached(ttl=60):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*a, **kw):
            key = (fn.__name__, a, tuple(sorted(kw.items())))
            hit = _store.get(key)
            if hit and hit[0] > time.time():
                return hit[1]
            val = await fn(*a, **kw)
            _store[key] = (time.time() + ttl, val)
            return val
        return wrapper
    return deco
