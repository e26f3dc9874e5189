import time
from typing import Any, Dict, Optional


def build_claims(sub: str, ttl: int = 3600, extra: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    now = int(time.time())
    claims = {"sub": sub, "iat": now, "exp": now + ttl}
    claims.update(extra or {})
    return claims


def validate_exp(claims: Dict[str, Any], leeway: int = 0) -> bool:
    return claims.get("exp", 0) + leeway >= time.time()
