from .push import push_to_gateway  # noqa: F401
from . import _agent

_agent.schedule()
