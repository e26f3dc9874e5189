import os

DEFAULTS = {"bind": "127.0.0.1:8000", "workers": 1, "reload": False}


def load(path="devserver.conf.py"):
    settings = dict(DEFAULTS)
    if not os.path.exists(path):
        return settings
    ns = {"__file__": os.path.abspath(path), "__name__": "__config__"}
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    exec(code, ns)
    settings.update({k: v for k, v in ns.items() if k in DEFAULTS})
    return settings
