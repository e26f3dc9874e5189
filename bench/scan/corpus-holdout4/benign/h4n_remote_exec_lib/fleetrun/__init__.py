"""Run shell commands on a fleet of hosts over SSH (caller supplies hosts and commands)."""
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Iterable

import paramiko


def run_on(host: str, command: str, user: str = None, key_filename: str = None, timeout: int = 30) -> Dict[str, object]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_filename, timeout=timeout)
    try:
        _stdin, stdout, stderr = client.exec_command(command, timeout=timeout)
        return {"host": host, "rc": stdout.channel.recv_exit_status(), "out": stdout.read().decode(), "err": stderr.read().decode()}
    finally:
        client.close()


def run_many(hosts: Iterable[str], command: str, workers: int = 8, **kw):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(lambda h: run_on(h, command, **kw), hosts))
