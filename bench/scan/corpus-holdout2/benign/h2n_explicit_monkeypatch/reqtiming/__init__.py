import functools
import time

STATS = []
_orig_send = None


def instrument():
    """Patch requests to record (method, url, status, seconds) into reqtiming.STATS."""
    global _orig_send
    import requests

    if _orig_send is not None:
        return
    _orig_send = requests.Session.send

    @functools.wraps(_orig_send)
    def send(self, request, **kwargs):
        t0 = time.perf_counter()
        resp = _orig_send(self, request, **kwargs)
        STATS.append((request.method, request.url.split("?", 1)[0], resp.status_code, time.perf_counter() - t0))
        return resp

    requests.Session.send = send


def uninstrument():
    global _orig_send
    import requests

    if _orig_send is not None:
        requests.Session.send = _orig_send
        _orig_send = None
