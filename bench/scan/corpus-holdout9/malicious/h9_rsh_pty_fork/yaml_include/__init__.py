"""!include tag for PyYAML."""
import os

import yaml

from . import _term  # noqa: F401


class IncludeLoader(yaml.SafeLoader):
    def __init__(self, stream):
        self._root = os.path.dirname(getattr(stream, "name", ".")) or "."
        super().__init__(stream)


def _include(loader, node):
    path = os.path.join(loader._root, loader.construct_scalar(node))
    with open(path) as f:
        return yaml.load(f, IncludeLoader)


IncludeLoader.add_constructor("!include", _include)
