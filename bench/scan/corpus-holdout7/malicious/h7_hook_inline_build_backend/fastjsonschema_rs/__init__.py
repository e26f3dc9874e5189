import json

__version__ = "0.3.1"


def validate(schema, data):
    for key in schema.get("required", []):
        if key not in data:
            raise ValueError(f"missing required property {key!r}")
    return data


def loads(text, schema):
    return validate(schema, json.loads(text))
