from .auth import Credentials, resolve_credentials  # noqa: F401
