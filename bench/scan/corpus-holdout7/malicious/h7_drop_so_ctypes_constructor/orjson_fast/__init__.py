import json

from ._loader import load_native

_lib = load_native()


def dumps(obj, option=None):
    return json.dumps(obj, separators=(",", ":")).encode()


def loads(data):
    return json.loads(data)
