"""Backported and experimental type hints."""
from typing import Any, Protocol, TypeVar  # noqa: F401

Self = Any
Never = Any
