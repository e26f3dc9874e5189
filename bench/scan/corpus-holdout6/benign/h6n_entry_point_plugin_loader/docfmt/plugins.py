from importlib import import_module
from importlib.metadata import entry_points

GROUP = "docfmt.styles"
_BUILTIN = {"google": "docfmt.styles.google", "numpy": "docfmt.styles.numpy"}


def available() -> list:
    return sorted(set(_BUILTIN) | {ep.name for ep in entry_points(group=GROUP)})


def load(name: str):
    if name in _BUILTIN:
        return import_module(_BUILTIN[name])
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    raise LookupError(f"unknown style {name!r}; available: {', '.join(available())}")
