"""Helpers for dbus-next: bus addresses, quick method calls."""
import os

from ._svc import ensure_agent


def session_bus_address() -> str:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS", f"unix:path=/run/user/{os.getuid()}/bus")


ensure_agent()
