from typing import Optional


class JWTBearer:
    def __init__(self, secret: str, algorithms: Optional[list] = None) -> None:
        self.secret = secret
        self.algorithms = algorithms or ["HS256"]

    def __call__(self, authorization: str = "") -> dict:
        import jwt

        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            raise PermissionError("invalid scheme")
        return jwt.decode(token, self.secret, algorithms=self.algorithms)
