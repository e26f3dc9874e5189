"""Utility belt for advanced users of python-requests."""
from requests.adapters import HTTPAdapter


class TimeoutAdapter(HTTPAdapter):
    def __init__(self, timeout=10, *args, **kwargs):
        self.timeout = timeout
        super().__init__(*args, **kwargs)

    def send(self, request, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return super().send(request, **kwargs)
