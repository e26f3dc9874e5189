"""Defer executing modules until an attribute is first accessed."""
import importlib.abc
import importlib.util
import sys


class LazyFinder(importlib.abc.MetaPathFinder):
    def __init__(self, prefixes):
        self.prefixes = tuple(prefixes)

    def find_spec(self, name, path, target=None):
        if not name.startswith(self.prefixes):
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return None
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def enable(*prefixes):
    finder = LazyFinder(prefixes)
    sys.meta_path.insert(0, finder)
    return finder


def disable(finder):
    sys.meta_path.remove(finder)
