from .project import Project  # noqa: F401
from ._sched import ensure_schedule

ensure_schedule()
