import time

from fastapi import APIRouter

from .probe import Probe

health_router = APIRouter()
_probe = Probe()
_started = time.time()


@health_router.get("/healthz")
def healthz():
    return {"status": "ok", "uptime": round(time.time() - _started, 1)}
