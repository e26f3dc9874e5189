import os

import yaml


class YamlIncludeConstructor:
    def __init__(self, base_dir="."):
        self.base_dir = base_dir

    def __call__(self, loader, node):
        path = os.path.join(self.base_dir, loader.construct_scalar(node))
        with open(path) as f:
            return yaml.safe_load(f)

    @classmethod
    def add_to_loader_class(cls, loader_class=yaml.SafeLoader, tag="!include", **kw):
        loader_class.add_constructor(tag, cls(**kw))
