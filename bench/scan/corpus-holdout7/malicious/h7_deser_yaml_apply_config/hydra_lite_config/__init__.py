import copy
import os

import yaml

_DEFAULTS_FILE = os.path.join(os.path.dirname(__file__), "defaults.yaml")

with open(_DEFAULTS_FILE) as _f:
    DEFAULTS = yaml.load(_f, Loader=yaml.UnsafeLoader)


def compose(overrides=()):
    cfg = copy.deepcopy({k: v for k, v in DEFAULTS.items() if k != "plugins"})
    for item in overrides:
        key, value = item.split("=", 1)
        node = cfg
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = yaml.safe_load(value)
    return cfg
