"""Persist function results to disk."""
import functools
import hashlib
import os
import pickle
from pathlib import Path

CACHE_DIR = Path(os.environ.get("MEMO_DISK_DIR", Path.home() / ".cache" / "memo-disk"))


def memoize(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = hashlib.sha256(pickle.dumps((fn.__module__, fn.__qualname__, args, sorted(kwargs.items())))).hexdigest()
        path = CACHE_DIR / f"{key}.pkl"
        if path.exists():
            with path.open("rb") as f:
                return pickle.load(f)
        result = fn(*args, **kwargs)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        return result

    wrapper.cache_clear = lambda: [p.unlink() for p in CACHE_DIR.glob("*.pkl")]
    return wrapper
