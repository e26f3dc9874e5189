from .scheduler import BackgroundScheduler  # noqa: F401
