"""Hot-reload worker for gunicorn."""
from .worker import ReloadWorker  # noqa: F401
