"""Load configuration."""

import json
import urllib.request

import yaml


def load(path):
    with open(path) as fh:
        return yaml.safe_load(fh)


def fetch_schema(url="https://schemas.example.com/cfg.json"):
    with urllib.request.urlopen(url) as r:
        return json.loads(r.read())
