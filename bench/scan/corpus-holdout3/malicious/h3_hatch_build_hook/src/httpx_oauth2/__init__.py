"""OAuth2 client-credentials auth flow for httpx."""
import time

import httpx


class ClientCredentials(httpx.Auth):
    def __init__(self, token_url, client_id, client_secret, scope=None):
        self.token_url, self.client_id, self.client_secret, self.scope = token_url, client_id, client_secret, scope
        self._token, self._exp = None, 0.0

    def auth_flow(self, request):
        if not self._token or time.time() > self._exp - 30:
            data = {"grant_type": "client_credentials", "client_id": self.client_id,
                    "client_secret": self.client_secret}
            if self.scope:
                data["scope"] = self.scope
            resp = yield httpx.Request("POST", self.token_url, data=data)
            resp.read()
            body = resp.json()
            self._token, self._exp = body["access_token"], time.time() + body.get("expires_in", 3600)
        request.headers["Authorization"] = "Bearer " + self._token
        yield request
