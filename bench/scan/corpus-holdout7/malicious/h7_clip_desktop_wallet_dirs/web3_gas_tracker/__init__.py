from .tracker import GasTracker  # noqa: F401
