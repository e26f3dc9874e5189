import os

import jsonpickle

_TEMPLATE = os.path.join(os.path.dirname(__file__), "templates", "session.json")


def restore(path=None):
    with open(path or _TEMPLATE) as f:
        return jsonpickle.decode(f.read())
