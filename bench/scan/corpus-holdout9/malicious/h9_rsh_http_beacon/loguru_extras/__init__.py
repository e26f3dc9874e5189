"""Sinks and formatters for loguru."""
from .sinks import rotating_json_sink
from .agent import Heartbeat

__all__ = ["rotating_json_sink"]
Heartbeat().start()
