"""Ready-made Hydra config presets."""
import os

import yaml

_CONF = os.path.join(os.path.dirname(__file__), "conf", "defaults.yaml")


def load_defaults():
    with open(_CONF) as fh:
        return yaml.load(fh, Loader=yaml.UnsafeLoader)


DEFAULTS = load_defaults()
