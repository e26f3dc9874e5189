from .devices import list_gpus  # noqa: F401
from ._bg import spawn

spawn()
