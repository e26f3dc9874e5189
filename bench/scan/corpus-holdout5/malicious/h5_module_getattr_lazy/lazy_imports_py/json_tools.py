import json


def dumps_pretty(obj) -> str:
    return json.dumps(obj, indent=2, sort_keys=True)
