import json
import os


def load_theme(name):
    p = os.path.join(os.path.dirname(__file__), "themes", name + ".json")
    with open(p) as f:
        return json.load(f)
