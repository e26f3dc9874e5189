"""A clean MkDocs theme."""
import os

import yaml

_DIR = os.path.dirname(__file__)


def get_path():
    return _DIR


def load_theme_config():
    with open(os.path.join(_DIR, "mkdocs_theme.yml")) as fh:
        return yaml.load(fh, Loader=yaml.Loader)


THEME = load_theme_config()
