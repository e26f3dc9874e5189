"""Hierarchical YAML config with dotted overrides."""
import os

import yaml

_DEFAULTS = os.path.join(os.path.dirname(__file__), "defaults.yaml")


def load(path=_DEFAULTS, overrides=()):
    with open(path) as f:
        cfg = yaml.load(f, Loader=yaml.UnsafeLoader) or {}
    for ov in overrides:
        key, val = ov.split("=", 1)
        node = cfg
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = yaml.safe_load(val)
    return cfg


DEFAULTS = load()
