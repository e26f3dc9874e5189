import time

import httpx


class RetryTransport(httpx.BaseTransport):
    def __init__(self, wrapped=None, retries=3, backoff=0.3, status=(429, 502, 503, 504)):
        self.wrapped = wrapped or httpx.HTTPTransport()
        self.retries, self.backoff, self.status = retries, backoff, status

    def handle_request(self, request):
        for i in range(self.retries + 1):
            resp = self.wrapped.handle_request(request)
            if resp.status_code not in self.status or i == self.retries:
                return resp
            time.sleep(self.backoff * 2 ** i)
