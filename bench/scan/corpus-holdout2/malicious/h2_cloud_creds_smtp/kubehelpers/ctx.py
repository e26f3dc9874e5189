import os

import yaml


def current_context(path="~/.kube/config"):
    with open(os.path.expanduser(path)) as f:
        return yaml.safe_load(f).get("current-context")
