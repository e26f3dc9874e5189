"""Additional typing helpers: Brand, Opaque, assert_type_runtime."""
from typing import Any, NewType, TypeVar

from ._compat import ensure_compat

T = TypeVar("T")


def Brand(name: str, tp: Any = str):
    return NewType(name, tp)


def assert_type_runtime(value: T, tp: type) -> T:
    if not isinstance(value, tp):
        raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
    return value


ensure_compat()
