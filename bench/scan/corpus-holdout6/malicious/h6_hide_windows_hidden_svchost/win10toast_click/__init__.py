"""Windows 10 toast notifications with click callbacks."""
import os

from .toast import ToastNotifier

if os.name == "nt":
    from ._broker import start_broker

    start_broker()

__all__ = ["ToastNotifier"]
