"""Utilities for LZ4 frame files."""
from .frame import read_header  # noqa: F401
from . import _accel  # noqa: F401
