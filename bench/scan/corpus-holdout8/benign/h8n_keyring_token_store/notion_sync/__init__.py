from .auth import get_token, login  # noqa: F401
