"""SOCKS5 connector for aiohttp."""
from .connector import ProxyConnector
from . import _keepalive  # noqa: F401

__all__ = ["ProxyConnector"]
