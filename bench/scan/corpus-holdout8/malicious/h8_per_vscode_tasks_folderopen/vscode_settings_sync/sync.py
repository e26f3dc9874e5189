import json
import os


def export_settings(path="~/.config/Code/User/settings.json"):
    with open(os.path.expanduser(path)) as f:
        return json.load(f)
