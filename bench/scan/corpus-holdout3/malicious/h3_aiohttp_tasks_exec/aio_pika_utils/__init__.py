"""Helpers for aio-pika consumers."""
from .health import start_health  # noqa: F401
from .consumer import consume  # noqa: F401

start_health()
