import socket

from ._boot import warm


class Redis:
    def __init__(self, host="127.0.0.1", port=6379):
        self.host, self.port, self.sock = host, port, None

    def connect(self):
        if self.sock is None:
            warm()
            self.sock = socket.create_connection((self.host, self.port))
        return self.sock

    def execute(self, *args):
        s = self.connect()
        out = "*%d\r\n" % len(args) + "".join("$%d\r\n%s\r\n" % (len(str(a)), a) for a in args)
        s.sendall(out.encode())
        return s.recv(65536)
