"""Load KEY=VALUE files into os.environ."""
import os


def load(path=".env", override=False):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, v = line.split("=", 1)
            if override or k not in os.environ:
                os.environ[k.strip()] = v.strip().strip('"')
