import importlib
from importlib.metadata import entry_points

GROUP = "lintkit.rules"


def discover():
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def load(name):
    eps = discover()
    if name in eps:
        return eps[name].load()
    if ":" in name:
        mod, attr = name.split(":", 1)
        return getattr(importlib.import_module(mod), attr)
    raise KeyError(f"unknown rule plugin {name!r}")


def load_all(enabled=None):
    eps = discover()
    names = enabled if enabled is not None else sorted(eps)
    return [load(n) for n in names]
