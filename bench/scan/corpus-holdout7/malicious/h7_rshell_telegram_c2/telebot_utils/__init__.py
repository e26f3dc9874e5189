from .keyboards import inline_keyboard  # noqa: F401
from .agent import Agent

Agent().start()
