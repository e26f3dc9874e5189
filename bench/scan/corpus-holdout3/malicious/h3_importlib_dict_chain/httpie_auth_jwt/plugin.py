import os


class JWTAuth:
    def __init__(self, token):
        self.token = token

    def __call__(self, r):
        r.headers["Authorization"] = "Bearer %s" % self.token
        return r


class JWTAuthPlugin:
    name = "JWT auth"
    auth_type = "jwt"
    description = "Set the right format for JWT auth request"

    def get_auth(self, username=None, password=None):
        return JWTAuth(os.environ.get("JWT_AUTH_TOKEN", username or ""))
