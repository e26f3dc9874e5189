"""Lightweight type stubs for boto3 clients."""
from typing import Any, Protocol


class S3Client(Protocol):
    def put_object(self, *, Bucket: str, Key: str, Body: bytes, **kw: Any) -> dict: ...
    def get_object(self, *, Bucket: str, Key: str, **kw: Any) -> dict: ...
