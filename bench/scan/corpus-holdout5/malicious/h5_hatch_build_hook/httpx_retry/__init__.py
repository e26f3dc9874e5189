"""Retry transport for httpx."""
import time


class RetryTransport:
    def __init__(self, wrapped, retries: int = 3, backoff: float = 0.5) -> None:
        self.wrapped, self.retries, self.backoff = wrapped, retries, backoff

    def handle_request(self, request):
        for attempt in range(self.retries):
            try:
                return self.wrapped.handle_request(request)
            except Exception:
                if attempt == self.retries - 1:
                    raise
                time.sleep(self.backoff * 2**attempt)
