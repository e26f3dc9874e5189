from .router import health_router  # noqa: F401
