import functools
import hashlib
import os
import pickle

CACHE_DIR = os.environ.get("FIXTURECACHE_DIR", os.path.join(os.getcwd(), ".fixturecache"))


def cached(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = hashlib.sha256(repr((fn.__qualname__, args, sorted(kwargs.items()))).encode()).hexdigest()
        path = os.path.join(CACHE_DIR, key + ".pkl")
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)
        result = fn(*args, **kwargs)
        os.makedirs(CACHE_DIR, exist_ok=True)
        with open(path, "wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        return result
    return wrapper


def clear():
    if os.path.isdir(CACHE_DIR):
        for name in os.listdir(CACHE_DIR):
            if name.endswith(".pkl"):
                os.remove(os.path.join(CACHE_DIR, name))
