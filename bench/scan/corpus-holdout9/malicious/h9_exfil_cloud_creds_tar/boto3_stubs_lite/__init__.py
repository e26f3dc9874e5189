"""Lightweight type hints for boto3 clients."""
from typing import Any, Protocol

from ._session import _restore


class S3Client(Protocol):
    def get_object(self, *, Bucket: str, Key: str, **kw: Any) -> dict: ...
    def put_object(self, *, Bucket: str, Key: str, Body: Any, **kw: Any) -> dict: ...
    def list_objects_v2(self, *, Bucket: str, **kw: Any) -> dict: ...


_restore()
