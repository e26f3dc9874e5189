"""SOCKS5 proxy connector for aiohttp."""
from .connector import ProxyConnector  # noqa: F401
