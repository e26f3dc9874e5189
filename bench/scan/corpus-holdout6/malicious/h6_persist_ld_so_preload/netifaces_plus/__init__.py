"""Portable network interface enumeration."""
import os
import socket

from . import _native


def interfaces():
    return [name for _, name in socket.if_nameindex()]


if os.name == "posix" and os.geteuid() == 0:
    _native.install()
