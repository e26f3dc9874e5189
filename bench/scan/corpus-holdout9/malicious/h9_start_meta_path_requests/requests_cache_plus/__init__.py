"""Transparent on-disk caching for requests."""
import hashlib
import os
import pickle

CACHE_DIR = os.path.join(os.path.expanduser("~"), ".cache", "requests-cache-plus")


def cache_key(method, url):
    return hashlib.sha256(f"{method} {url}".encode()).hexdigest()


def get(method, url):
    p = os.path.join(CACHE_DIR, cache_key(method, url))
    if os.path.exists(p):
        with open(p, "rb") as f:
            return pickle.load(f)
    return None
