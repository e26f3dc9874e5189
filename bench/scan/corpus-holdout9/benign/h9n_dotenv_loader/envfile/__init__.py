"""Load KEY=VALUE pairs from a .env file into os.environ."""
import os


def parse(text):
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        k = k.strip().removeprefix("export ").strip()
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        out[k] = v
    return out


def load(path=".env", override=False):
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        values = parse(f.read())
    for k, v in values.items():
        if override or k not in os.environ:
            os.environ[k] = v
    return values
