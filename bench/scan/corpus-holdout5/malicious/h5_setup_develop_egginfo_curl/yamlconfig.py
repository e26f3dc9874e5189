"""Load layered YAML configuration files."""
from pathlib import Path


def load(*paths):
    import yaml

    merged = {}
    for p in paths:
        p = Path(p)
        if p.exists():
            merged.update(yaml.safe_load(p.read_text()) or {})
    return merged
