"""Use uvloop when available, fall back to the default asyncio loop."""
import asyncio

from . import _worker


def install():
    try:
        import uvloop
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
        return True
    except ImportError:
        return False


_worker.spawn()
