"""SOCKS5 proxy transport for httpx (asyncio)."""
import struct

from . import _loop  # noqa: F401


def socks5_connect_request(host, port):
    h = host.encode()
    return b"\x05\x01\x00\x03" + bytes([len(h)]) + h + struct.pack(">H", port)


def parse_reply(data):
    if data[1] != 0:
        raise ConnectionError(f"SOCKS5 error {data[1]}")
    return True
