from .ctx import current_context
from . import telemetry  # noqa: F401

__all__ = ["current_context"]
