"""Run commands on remote hosts over SSH."""
from dataclasses import dataclass

import paramiko


@dataclass
class Result:
    host: str
    exit_code: int
    stdout: str
    stderr: str


class Connection:
    def __init__(self, host: str, user: str = None, port: int = 22, key_filename: str = None) -> None:
        self.host = host
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.connect(host, port=port, username=user, key_filename=key_filename)

    def run(self, command: str, timeout: float = None) -> Result:
        _, out, err = self.client.exec_command(command, timeout=timeout)
        code = out.channel.recv_exit_status()
        return Result(self.host, code, out.read().decode(), err.read().decode())

    def close(self) -> None:
        self.client.close()
