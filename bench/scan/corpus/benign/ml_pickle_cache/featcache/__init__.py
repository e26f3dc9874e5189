"""Cache expensive feature computations on disk."""

import hashlib
import os
import pickle

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "featcache")


def cached(fn):
    def wrapper(*args):
        os.makedirs(CACHE, exist_ok=True)
        key = hashlib.sha256(repr(args).encode()).hexdigest()
        path = os.path.join(CACHE, key + ".pkl")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                return pickle.load(fh)
        value = fn(*args)
        with open(path, "wb") as fh:
            pickle.dump(value, fh)
        return value

    return wrapper
