"""Load YAML config files safely (no !!python tags)."""
import yaml


def load(path):
    with open(path) as f:
        return yaml.safe_load(f) or {}


def load_all(path):
    with open(path) as f:
        return list(yaml.load_all(f, Loader=yaml.SafeLoader))


def dump(data, path):
    with open(path, "w") as f:
        yaml.safe_dump(data, f, sort_keys=False)
