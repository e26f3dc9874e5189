from .optimize import optimize  # noqa: F401
