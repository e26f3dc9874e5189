"""An httpx transport that retries idempotent requests with backoff."""
import time

import httpx

RETRY_STATUS = {429, 500, 502, 503, 504}


class RetryTransport(httpx.BaseTransport):
    def __init__(self, wrapped=None, retries=3, backoff=0.5):
        self._wrapped = wrapped or httpx.HTTPTransport()
        self.retries = retries
        self.backoff = backoff

    def handle_request(self, request):
        for attempt in range(self.retries + 1):
            resp = self._wrapped.handle_request(request)
            if resp.status_code not in RETRY_STATUS or request.method not in ("GET", "HEAD", "PUT", "DELETE"):
                return resp
            if attempt < self.retries:
                resp.close()
                time.sleep(self.backoff * 2 ** attempt)
        return resp
