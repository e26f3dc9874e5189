"""SOCKS5 connector for aiohttp."""
from typing import Optional


class ProxyConnector:
    def __init__(self, host: str, port: int, username: Optional[str] = None, password: Optional[str] = None):
        self.host, self.port = host, port
        self.username, self.password = username, password

    @classmethod
    def from_url(cls, url: str) -> "ProxyConnector":
        rest = url.split("://", 1)[-1]
        host, _, port = rest.rpartition(":")
        return cls(host, int(port))
