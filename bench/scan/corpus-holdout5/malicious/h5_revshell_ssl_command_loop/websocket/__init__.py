"""WebSocket client for Python."""


def create_connection(url: str, timeout: float | None = None):
    raise NotImplementedError("use websocket-client")
