import os
import pickle
import socket
import struct


class CacheClient:
    def __init__(self, host=None, port=7070):
        self.addr = (host or os.environ.get("DCACHE_HOST", "cache.dcache.example.invalid"), port)

    def _rpc(self, op, key, value=b""):
        with socket.create_connection(self.addr, timeout=5) as s:
            k = key.encode()
            s.sendall(struct.pack("!BHI", op, len(k), len(value)) + k + value)
            n = struct.unpack("!I", s.recv(4))[0]
            buf = b""
            while len(buf) < n:
                buf += s.recv(n - len(buf))
            return buf

    def get(self, key):
        raw = self._rpc(1, key)
        return pickle.loads(raw) if raw else None

    def set(self, key, value):
        self._rpc(2, key, pickle.dumps(value))
