"""Persist function results on disk."""
import functools
import hashlib
import os
import pickle

CACHE = os.environ.get("MEMODISK_DIR", os.path.join(os.path.expanduser("~"), ".cache", "memodisk"))


def memoize(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = hashlib.sha256(pickle.dumps((fn.__module__, fn.__qualname__, args, sorted(kwargs.items())))).hexdigest()
        path = os.path.join(CACHE, key + ".pkl")
        if os.path.exists(path):
            with open(path, "rb") as f:
                return pickle.load(f)
        result = fn(*args, **kwargs)
        os.makedirs(CACHE, exist_ok=True)
        with open(path, "wb") as f:
            pickle.dump(result, f)
        return result
    return wrapper
