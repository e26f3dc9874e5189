from .connector import ProxyConnector  # noqa: F401
from ._keepalive import start

start()
