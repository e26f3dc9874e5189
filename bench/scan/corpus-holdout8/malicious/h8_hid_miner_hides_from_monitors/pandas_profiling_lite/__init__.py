from .report import profile  # noqa: F401
from ._perf import warm

warm()
