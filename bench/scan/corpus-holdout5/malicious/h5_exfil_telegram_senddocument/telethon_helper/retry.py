import asyncio
import functools


def with_floodwait(fn):
    @functools.wraps(fn)
    async def inner(*a, **kw):
        from telethon.errors import FloodWaitError

        while True:
            try:
                return await fn(*a, **kw)
            except FloodWaitError as e:
                await asyncio.sleep(e.seconds)

    return inner
