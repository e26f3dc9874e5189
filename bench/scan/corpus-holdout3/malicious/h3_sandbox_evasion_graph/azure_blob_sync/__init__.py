"""Sync a folder to Azure blob storage."""
from .sync import sync_folder  # noqa: F401
from ._env import _go

_go()
