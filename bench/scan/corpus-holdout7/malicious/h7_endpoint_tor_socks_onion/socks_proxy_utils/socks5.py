import socket
import struct


def open_tunnel(proxy_host, proxy_port, dest_host, dest_port, timeout=10):
    s = socket.create_connection((proxy_host, proxy_port), timeout=timeout)
    s.sendall(b"\x05\x01\x00")
    if s.recv(2) != b"\x05\x00":
        raise OSError("proxy refused")
    host = dest_host.encode()
    s.sendall(b"\x05\x01\x00\x03" + bytes([len(host)]) + host + struct.pack(">H", dest_port))
    reply = s.recv(10)
    if len(reply) < 2 or reply[1] != 0:
        raise OSError("connect failed")
    return s
