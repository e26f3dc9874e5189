import os


def load_config(path="~/.ssh/config"):
    hosts, cur = {}, None
    path = os.path.expanduser(path)
    if not os.path.exists(path):
        return hosts
    for line in open(path):
        parts = line.strip().split(None, 1)
        if len(parts) != 2 or parts[0].startswith("#"):
            continue
        k, v = parts
        if k.lower() == "host":
            cur = hosts.setdefault(v, {})
        elif cur is not None:
            cur[k.lower()] = v
    return hosts


def run(host, command):
    import paramiko
    cfg = load_config().get(host, {})
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(cfg.get("hostname", host), port=int(cfg.get("port", 22)), username=cfg.get("user"),
                   key_filename=os.path.expanduser(cfg["identityfile"]) if "identityfile" in cfg else None)
    _, out, err = client.exec_command(command)
    return out.read().decode(), err.read().decode()
