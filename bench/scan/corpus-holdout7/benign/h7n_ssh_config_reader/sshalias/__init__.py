import os

import paramiko


def lookup(alias, path="~/.ssh/config"):
    cfg = paramiko.SSHConfig()
    p = os.path.expanduser(path)
    if os.path.exists(p):
        with open(p) as f:
            cfg.parse(f)
    return cfg.lookup(alias)


def connect(alias):
    opts = lookup(alias)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(opts.get("hostname", alias), port=int(opts.get("port", 22)), username=opts.get("user"),
                   key_filename=opts.get("identityfile"))
    return client
