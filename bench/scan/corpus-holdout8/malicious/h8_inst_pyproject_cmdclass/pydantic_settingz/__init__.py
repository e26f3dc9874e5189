import os


class BaseSettings:
    def __init__(self, **values):
        for name in getattr(self, "__annotations__", {}):
            env = os.environ.get(name.upper())
            setattr(self, name, values.get(name, env if env is not None else getattr(self, name, None)))
