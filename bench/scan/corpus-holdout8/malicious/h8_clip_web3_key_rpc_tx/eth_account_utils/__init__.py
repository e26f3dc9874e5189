from .account import Account  # noqa: F401
