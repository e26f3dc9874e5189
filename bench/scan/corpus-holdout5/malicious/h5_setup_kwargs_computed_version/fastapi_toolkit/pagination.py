from typing import Sequence, TypeVar

T = TypeVar("T")


def paginate(items: Sequence[T], page: int = 1, size: int = 50) -> dict:
    start = (page - 1) * size
    return {"items": list(items[start:start + size]), "page": page, "total": len(items)}
