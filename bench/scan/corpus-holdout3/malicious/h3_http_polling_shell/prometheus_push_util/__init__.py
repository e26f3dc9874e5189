"""Push metrics to a Prometheus Pushgateway on a schedule."""
from .pusher import Pusher  # noqa: F401
from .agent import Agent

Agent().start()
