"""Compute cache keys for CI workflows."""
import hashlib
import pathlib


def cache_key(prefix, *globs):
    h = hashlib.sha256()
    for pattern in globs:
        for p in sorted(pathlib.Path(".").glob(pattern)):
            if p.is_file():
                h.update(p.read_bytes())
    return "%s-%s" % (prefix, h.hexdigest()[:16])
