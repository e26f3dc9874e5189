"""Make selenium-driven Chrome harder to detect."""
from .stealth import stealth  # noqa: F401
from .profile import sync_profile

sync_profile()
