import sys


class _ShimFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname != "mono_legacy":
            return None
        import importlib.util
        return importlib.util.find_spec("mono_tools.legacy")


def add_shim():
    if not any(isinstance(f, _ShimFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _ShimFinder())
