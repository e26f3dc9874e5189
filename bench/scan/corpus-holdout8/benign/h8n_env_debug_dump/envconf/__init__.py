import os
import sys

_SECRET = ("KEY", "TOKEN", "SECRET", "PASSWORD")


def _mask(k, v):
    return "****" if any(s in k.upper() for s in _SECRET) else v


class Config:
    def __init__(self, prefix="APP_"):
        self.prefix = prefix
        self.values = {k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix)}

    def get(self, name, default=None, cast=str):
        v = self.values.get(name, default)
        return cast(v) if v is not None else v

    def debug_dump(self):
        for k, v in sorted(self.values.items()):
            sys.stderr.write("%s%s=%s\n" % (self.prefix, k.upper(), _mask(k, v)))
