import json
import pickle
from collections import OrderedDict


class _Restricted(pickle.Unpickler):
    ALLOWED = {("collections", "OrderedDict")}

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"forbidden global {module}.{name}")
        return super().find_class(module, name)


def load_legacy(path):
    """Read a v1 cache (pickle); new caches are JSON."""
    with open(path, "rb") as f:
        return _Restricted(f).load()


def load(path):
    if path.endswith(".pkl"):
        return load_legacy(path)
    with open(path) as f:
        return json.load(f, object_pairs_hook=OrderedDict)
