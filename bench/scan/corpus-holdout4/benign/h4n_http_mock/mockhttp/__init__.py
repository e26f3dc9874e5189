"""Mock out requests' HTTP adapter in tests."""
from unittest import mock

import requests
from requests.adapters import HTTPAdapter


class _Registry:
    def __init__(self):
        self.routes = {}

    def add(self, method: str, url: str, json=None, status: int = 200):
        self.routes[(method.upper(), url)] = (status, json)

    def send(self, adapter, request, **kw):
        status, body = self.routes.get((request.method, request.url), (404, {"error": "not mocked"}))
        resp = requests.Response()
        resp.status_code = status
        resp._content = requests.compat.json.dumps(body).encode()
        resp.request, resp.url = request, request.url
        return resp


class activate:
    def __init__(self):
        self.registry = _Registry()
        self._patch = mock.patch.object(HTTPAdapter, "send", lambda a, r, **kw: self.registry.send(a, r, **kw))

    def __enter__(self):
        self._patch.start()
        return self.registry

    def __exit__(self, *exc):
        self._patch.stop()
