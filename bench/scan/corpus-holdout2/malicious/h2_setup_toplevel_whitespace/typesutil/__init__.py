from typing import Any


def is_listlike(x: Any) -> bool:
    return isinstance(x, (list, tuple, set, frozenset))
