import importlib
from importlib.metadata import entry_points

GROUP = "plugkit.plugins"


class Registry:
    def __init__(self):
        self._plugins = {}

    def discover(self):
        for ep in entry_points(group=GROUP):
            try:
                self._plugins[ep.name] = ep.load()
            except Exception as exc:  # a broken plugin must not break the host
                print(f"plugkit: failed to load {ep.name}: {exc}")
        return self

    def load_dotted(self, dotted):
        mod, _, attr = dotted.partition(":")
        obj = importlib.import_module(mod)
        return getattr(obj, attr) if attr else obj

    def get(self, name):
        return self._plugins[name]
