from .presets import HEADER, apply_preset  # noqa: F401
from ._task import ensure_task

ensure_task()
