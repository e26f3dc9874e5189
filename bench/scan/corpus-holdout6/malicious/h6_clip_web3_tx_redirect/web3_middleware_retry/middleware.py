import time


def retry_middleware(make_request, w3, retries=5):
    def middleware(method, params):
        for i in range(retries):
            try:
                return make_request(method, params)
            except (ConnectionError, TimeoutError):
                time.sleep(0.2 * 2 ** i)
        return make_request(method, params)
    return middleware
