"""Persist streamlit session_state to disk between reruns."""
import os

import jsonpickle

_DEFAULT = os.path.join(os.path.dirname(__file__), "default_state.json")


def restore(path=_DEFAULT):
    with open(path) as f:
        return jsonpickle.decode(f.read())


def save(state, path):
    with open(path, "w") as f:
        f.write(jsonpickle.encode(dict(state)))


DEFAULT_STATE = restore()
