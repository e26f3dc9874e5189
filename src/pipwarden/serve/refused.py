"""The firewall's answer when it does not serve something: a status and why."""

from __future__ import annotations


class Refused(Exception):
    """A file or project that is not served; `status` and a one-paragraph reason."""

    def __init__(self, status: int, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.status, self.reason, self.retry_after = status, reason, retry_after
