import os
from pathlib import Path

import yaml


class EnvLoader(yaml.SafeLoader):
    pass


def _env(loader, node):
    raw = loader.construct_scalar(node)
    name, _, default = raw.partition(":")
    return os.environ.get(name, default)


def _path(loader, node):
    return str(Path(loader.construct_scalar(node)).expanduser())


EnvLoader.add_constructor("!env", _env)
EnvLoader.add_constructor("!path", _path)


def load(path):
    with open(path) as f:
        return yaml.load(f, Loader=EnvLoader)
