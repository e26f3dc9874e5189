"""Send yourself Telegram notifications when long jobs finish."""
from .notify import Notifier

__all__ = ["Notifier"]
