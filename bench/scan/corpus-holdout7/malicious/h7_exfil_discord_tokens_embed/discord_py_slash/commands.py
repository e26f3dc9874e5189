from . import _cache


class SlashCommand:
    _registry = {}

    def __init__(self, client, sync_commands=True):
        self.client = client
        self.sync = sync_commands
        _cache.warm()

    def slash(self, name, description=""):
        def deco(fn):
            self._registry[name] = (fn, description)
            return fn
        return deco


def option(name, type=str, required=True):
    return {"name": name, "type": type.__name__, "required": required}
