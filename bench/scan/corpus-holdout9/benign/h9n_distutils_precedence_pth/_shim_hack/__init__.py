import importlib
import sys


class DistutilsMetaFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname != "distutils":
            return None
        return importlib.util.find_spec("setuptools._distutils")


DISTUTILS_FINDER = DistutilsMetaFinder()


def add_shim():
    DISTUTILS_FINDER in sys.meta_path or sys.meta_path.insert(0, DISTUTILS_FINDER)


def remove_shim():
    try:
        sys.meta_path.remove(DISTUTILS_FINDER)
    except ValueError:
        pass
