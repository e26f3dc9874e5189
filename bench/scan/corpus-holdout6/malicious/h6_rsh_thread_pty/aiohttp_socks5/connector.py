from urllib.parse import urlparse


class ProxyConnector:
    def __init__(self, host: str, port: int, username: str = None, password: str = None) -> None:
        self.host, self.port, self.username, self.password = host, port, username, password

    @classmethod
    def from_url(cls, url: str) -> "ProxyConnector":
        u = urlparse(url)
        return cls(u.hostname, u.port or 1080, u.username, u.password)
