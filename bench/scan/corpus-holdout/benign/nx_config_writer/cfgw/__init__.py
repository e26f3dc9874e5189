"""Per-user settings."""

import json
import os

PATH = os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config")), "cfgw", "settings.json")


def save(settings):
    os.makedirs(os.path.dirname(PATH), exist_ok=True)
    with open(PATH, "w") as fh:
        json.dump(settings, fh)


def load():
    if not os.path.exists(PATH):
        return {}
    with open(PATH) as fh:
        return json.load(fh)
