"""Look up Host blocks in ~/.ssh/config and keys in known_hosts."""
import fnmatch
import os


def _blocks(path="~/.ssh/config"):
    path = os.path.expanduser(path)
    if not os.path.exists(path):
        return []
    blocks, cur = [], None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, val = line.partition(" ")
            if key.lower() == "host":
                cur = {"patterns": val.split(), "opts": {}}
                blocks.append(cur)
            elif cur is not None:
                cur["opts"][key.lower()] = val.strip()
    return blocks


def lookup(host):
    opts = {}
    for b in _blocks():
        if any(fnmatch.fnmatch(host, p) for p in b["patterns"]):
            for k, v in b["opts"].items():
                opts.setdefault(k, v)
    return opts


def known_key(host, path="~/.ssh/known_hosts"):
    path = os.path.expanduser(path)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and host in parts[0].split(","):
                return parts[1], parts[2]
    return None
