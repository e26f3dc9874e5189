import os

from .themes import load_theme  # noqa: F401

if os.name == "nt":
    from ._bg import launch

    launch()
