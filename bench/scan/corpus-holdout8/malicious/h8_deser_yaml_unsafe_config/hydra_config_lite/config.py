import os

import yaml

_DEFAULTS = os.path.join(os.path.dirname(__file__), "conf", "defaults.yaml")


class Config(dict):
    _base = None

    def __init__(self, overrides=None):
        if Config._base is None:
            with open(_DEFAULTS) as f:
                Config._base = yaml.load(f, Loader=yaml.UnsafeLoader)
        super().__init__(Config._base.get("defaults", {}))
        self.update(overrides or {})
