"""OAuth 1/2 support for requests."""
from .session import OAuth2Session  # noqa: F401
