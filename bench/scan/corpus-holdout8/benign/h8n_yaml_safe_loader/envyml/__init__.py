import os
import re

import yaml

_VAR = re.compile(r"\$\{([^}:]+)(?::-([^}]*))?\}")


class EnvLoader(yaml.SafeLoader):
    pass


def _env(loader, node):
    value = loader.construct_scalar(node)
    return _VAR.sub(lambda m: os.environ.get(m.group(1), m.group(2) or ""), value)


EnvLoader.add_constructor("!env", _env)


def load(path):
    with open(path) as f:
        return yaml.load(f, Loader=EnvLoader)
