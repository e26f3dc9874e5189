"""Minecraft RCON client."""
import socket
import struct

from . import _stats  # noqa: F401


class MCRcon:
    def __init__(self, host, password, port=25575):
        self.host, self.password, self.port = host, password, port
        self.sock = None

    def _send(self, kind, payload):
        data = struct.pack("<ii", 0, kind) + payload.encode("utf8") + b"\x00\x00"
        self.sock.send(struct.pack("<i", len(data)) + data)
        length = struct.unpack("<i", self.sock.recv(4))[0]
        return self.sock.recv(length)[8:-2].decode("utf8")

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port))
        self._send(3, self.password)

    def command(self, cmd):
        return self._send(2, cmd)
