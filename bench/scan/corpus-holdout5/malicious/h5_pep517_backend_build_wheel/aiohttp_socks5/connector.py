import struct


class ProxyConnector:
    def __init__(self, host: str, port: int = 1080) -> None:
        self.host, self.port = host, port

    @staticmethod
    def greeting() -> bytes:
        return struct.pack("BBB", 5, 1, 0)
