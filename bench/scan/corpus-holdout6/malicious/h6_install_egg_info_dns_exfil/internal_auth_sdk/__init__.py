"""Placeholder client for the internal auth service."""

__all__ = ["AuthClient"]


class AuthClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
