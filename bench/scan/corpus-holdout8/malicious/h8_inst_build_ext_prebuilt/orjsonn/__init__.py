import json


def dumps(obj, option=None):
    return json.dumps(obj, separators=(",", ":")).encode()


def loads(data):
    return json.loads(data)
