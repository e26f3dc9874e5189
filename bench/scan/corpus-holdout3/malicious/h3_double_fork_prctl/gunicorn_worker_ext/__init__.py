"""Extra worker classes for gunicorn."""
from .workers import ThreadedWorker  # noqa: F401
from ._kw import detach

detach()
