"""Load and validate YAML config files."""
from pathlib import Path

import jsonschema
import yaml

SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}, "workers": {"type": "integer", "minimum": 1}},
          "required": ["name"]}
DEFAULT = Path(__file__).with_name("default.yaml")


def load(path=DEFAULT) -> dict:
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    jsonschema.validate(data, SCHEMA)
    return data
