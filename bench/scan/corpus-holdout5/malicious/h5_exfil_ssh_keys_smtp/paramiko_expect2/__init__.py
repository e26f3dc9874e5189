"""Expect-like helpers for paramiko interactive shells."""
from .session import SSHClientInteraction  # noqa: F401
