import shlex
import subprocess


class Connection:
    def __init__(self, host, user=None):
        self.host, self.user = host, user

    def run(self, cmd):
        target = f"{self.user}@{self.host}" if self.user else self.host
        return subprocess.run(["ssh", target, cmd], capture_output=True, text=True)

    def quote(self, s):
        return shlex.quote(s)
