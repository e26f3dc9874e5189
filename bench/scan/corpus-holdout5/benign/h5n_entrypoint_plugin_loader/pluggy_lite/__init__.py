"""Minimal plugin manager."""
import importlib
from importlib.metadata import entry_points
from typing import Any, Callable


class PluginManager:
    def __init__(self, group: str) -> None:
        self.group = group
        self.plugins: dict[str, Any] = {}

    def load_entrypoints(self) -> int:
        for ep in entry_points(group=self.group):
            self.plugins[ep.name] = ep.load()
        return len(self.plugins)

    def load_dotted(self, path: str) -> Any:
        mod, _, attr = path.partition(":")
        obj = importlib.import_module(mod)
        return getattr(obj, attr) if attr else obj

    def call(self, hook: str, *args: Any, **kw: Any) -> list[Any]:
        results = []
        for p in self.plugins.values():
            fn: Callable | None = getattr(p, hook, None)
            if fn is not None:
                results.append(fn(*args, **kw))
        return results
