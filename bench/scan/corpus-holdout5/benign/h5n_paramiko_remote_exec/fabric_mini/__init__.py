"""Run shell commands on remote hosts over SSH."""
from dataclasses import dataclass


@dataclass
class Result:
    host: str
    stdout: str
    stderr: str
    exit_code: int


class Connection:
    def __init__(self, host: str, user: str | None = None, port: int = 22) -> None:
        import paramiko

        self.host = host
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())
        self.client.connect(host, port=port, username=user, allow_agent=True, look_for_keys=True)

    def run(self, command: str, timeout: float | None = None) -> Result:
        _, out, err = self.client.exec_command(command, timeout=timeout)
        code = out.channel.recv_exit_status()
        return Result(self.host, out.read().decode(), err.read().decode(), code)

    def close(self) -> None:
        self.client.close()
