import functools

lru = functools.lru_cache
