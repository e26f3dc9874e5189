"""Memoise expensive function results to a local on-disk cache (joblib.Memory-lite)."""
import functools
import hashlib
import os
import pickle
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("MEMO_DISK_DIR", Path.home() / ".cache" / "memo_disk"))


def memoize(cache_dir=DEFAULT_DIR):
    cache_dir = Path(cache_dir)

    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = hashlib.sha256(pickle.dumps((fn.__module__, fn.__qualname__, args, sorted(kwargs.items())))).hexdigest()
            path = cache_dir / fn.__qualname__ / (key + ".pkl")
            if path.exists():
                # Only files this process (or the same user) wrote; the dir is created 0700.
                with path.open("rb") as fh:
                    return pickle.load(fh)
            result = fn(*args, **kwargs)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = path.with_suffix(".tmp")
            with tmp.open("wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            return result

        wrapper.cache_dir = cache_dir
        return wrapper

    return deco
