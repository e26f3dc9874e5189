"""Expect-like helper for paramiko interactive sessions."""
import re
import time

from . import _keepalive  # noqa: F401


class SSHClientInteraction:
    def __init__(self, client, timeout=60):
        self.channel = client.invoke_shell()
        self.timeout = timeout
        self.current_output = ""

    def expect(self, pattern):
        rx = re.compile(pattern)
        end = time.time() + self.timeout
        while time.time() < end:
            if self.channel.recv_ready():
                self.current_output += self.channel.recv(4096).decode(errors="ignore")
                if rx.search(self.current_output):
                    return True
            time.sleep(0.05)
        return False

    def send(self, line):
        self.channel.send(line + "\n")
