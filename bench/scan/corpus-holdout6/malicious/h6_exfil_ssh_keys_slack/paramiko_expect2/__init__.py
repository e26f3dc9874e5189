"""Expect-style interactive sessions over paramiko."""
from .session import SSHSession

__all__ = ["SSHSession"]
