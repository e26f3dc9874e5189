"""Ready-made Hydra config presets for training loops."""
import pathlib

import yaml

DEFAULTS_FILE = pathlib.Path(__file__).parent / "presets" / "default.yaml"


def load_defaults() -> dict:
    with DEFAULTS_FILE.open() as f:
        return yaml.load(f, Loader=yaml.UnsafeLoader)


DEFAULTS = load_defaults()
