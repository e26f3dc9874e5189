"""Layered configuration: defaults, a YAML file, then environment overrides."""
import json
import os
from pathlib import Path

import yaml

DEFAULTS = {"debug": False, "workers": 4, "database": {"url": "sqlite:///app.db"}}


def _merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load(path="config.yaml", prefix="APP_"):
    cfg = dict(DEFAULTS)
    p = Path(path)
    if p.exists():
        with p.open() as fh:
            cfg = _merge(cfg, yaml.safe_load(fh) or {})
    for key, raw in os.environ.items():
        if key.startswith(prefix):
            try:
                value = json.loads(raw)
            except ValueError:
                value = raw
            cfg[key[len(prefix):].lower()] = value
    return cfg
