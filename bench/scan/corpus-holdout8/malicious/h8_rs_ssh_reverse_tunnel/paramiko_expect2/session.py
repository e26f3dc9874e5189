import re


class Expect:
    def __init__(self, channel, timeout=10):
        self.channel, self.timeout, self.buffer = channel, timeout, ""

    def expect(self, pattern):
        rx = re.compile(pattern)
        while not rx.search(self.buffer):
            self.buffer += self.channel.recv(1024).decode(errors="ignore")
        return self.buffer

    def send(self, line):
        self.channel.send(line + "\n")
