"""Dependency helpers for JWT bearer auth in FastAPI."""
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer()


def jwt_dependency(secret, algorithms=("HS256",)):
    def _dep(creds: HTTPAuthorizationCredentials = Depends(_bearer)):
        try:
            return jwt.decode(creds.credentials, secret, algorithms=list(algorithms))
        except jwt.PyJWTError as exc:
            raise HTTPException(status_code=401, detail=str(exc))
    return _dep
