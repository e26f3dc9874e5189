"""Memoise expensive function results on local disk."""
import functools
import hashlib
import os
import pickle
from typing import Any, Callable


def cache_dir() -> str:
    d = os.environ.get("MEMO_DISK_DIR", os.path.join(os.path.expanduser("~"), ".cache", "memo_disk"))
    os.makedirs(d, exist_ok=True)
    return d


def memoize(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs) -> Any:
        key = hashlib.sha256(pickle.dumps((fn.__module__, fn.__qualname__, args, sorted(kwargs.items())))).hexdigest()
        path = os.path.join(cache_dir(), key + ".pkl")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                return pickle.load(fh)
        result = fn(*args, **kwargs)
        tmp = path + ".tmp"
        with open(tmp, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return result

    return wrapper
