"""Make setuptools' vendored distutils win over the stdlib one."""

import sys


def add_shim():
    """Install the meta path finder."""
    sys.meta_path.insert(0, DistutilsMetaFinder())


class DistutilsMetaFinder:
    def find_spec(self, fullname, path, target=None):
        return None
