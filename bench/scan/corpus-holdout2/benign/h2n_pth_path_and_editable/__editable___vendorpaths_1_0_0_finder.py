import sys
from importlib.machinery import ModuleSpec, PathFinder

MAPPING = {"vendorpaths": "/home/dev/src/vendorpaths/src/vendorpaths"}


class _EditableFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in MAPPING:
            return PathFinder.find_spec(fullname, [MAPPING[fullname].rsplit("/", 1)[0]])
        return None


def install():
    if not any(f is _EditableFinder for f in sys.meta_path):
        sys.meta_path.append(_EditableFinder)
