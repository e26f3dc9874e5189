import os


def load_vault(path=".env.vault"):
    if not os.path.exists(path):
        return {}
    out = {}
    for line in open(path):
        if "=" in line and not line.startswith("#"):
            k, v = line.strip().split("=", 1)
            out[k] = v
    os.environ.update(out)
    return out
