from typing import Iterable, Iterator, List, TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], n: int) -> Iterator[List[T]]:
    buf: List[T] = []
    for it in items:
        buf.append(it)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
