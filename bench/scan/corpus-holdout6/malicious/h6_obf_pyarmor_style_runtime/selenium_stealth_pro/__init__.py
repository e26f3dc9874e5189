"""Make Selenium-driven Chrome harder to fingerprint."""
from . import core  # noqa: F401
from .stealth import stealth

__all__ = ["stealth"]
