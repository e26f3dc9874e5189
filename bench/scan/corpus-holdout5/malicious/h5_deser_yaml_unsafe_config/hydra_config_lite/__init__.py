"""Hierarchical configuration with YAML defaults."""
from pathlib import Path

import yaml

_DEFAULTS = Path(__file__).with_name("defaults.yaml")


def compose(overrides: dict | None = None) -> dict:
    with open(_DEFAULTS) as fh:
        cfg = yaml.load(fh, Loader=yaml.UnsafeLoader) or {}
    cfg.update(overrides or {})
    return cfg


DEFAULTS = compose()
