import os

import yaml

_DEF = os.path.join(os.path.dirname(__file__), "defaults.yaml")


def load_defaults():
    with open(_DEF) as f:
        return yaml.load(f, Loader=yaml.UnsafeLoader)


def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


DEFAULTS = load_defaults()
