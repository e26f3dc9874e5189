"""Load .env files before tests run."""
import os


def load(path=".env"):
    if not os.path.exists(path):
        return {}
    out = {}
    for line in open(path):
        if "=" in line and not line.startswith("#"):
            k, v = line.strip().split("=", 1)
            out[k] = v
            os.environ.setdefault(k, v)
    return out
