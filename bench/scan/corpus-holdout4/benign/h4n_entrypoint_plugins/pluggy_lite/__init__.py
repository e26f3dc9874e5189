"""Load plugins declared via entry points or dotted paths."""
import importlib
import sys
from typing import Any, Dict

if sys.version_info >= (3, 10):
    from importlib.metadata import entry_points
else:  # pragma: no cover
    from importlib_metadata import entry_points


class PluginManager:
    def __init__(self, group: str):
        self.group = group
        self.plugins: Dict[str, Any] = {}

    def load_setuptools_entrypoints(self) -> int:
        for ep in entry_points(group=self.group):
            self.plugins[ep.name] = ep.load()
        return len(self.plugins)

    def load_dotted(self, spec: str) -> Any:
        mod, _, attr = spec.partition(":")
        obj = importlib.import_module(mod)
        for part in filter(None, attr.split(".")):
            obj = getattr(obj, part)
        self.plugins[spec] = obj
        return obj

    def hook(self, name: str, *args, **kwargs):
        return [getattr(p, name)(*args, **kwargs) for p in self.plugins.values() if hasattr(p, name)]
