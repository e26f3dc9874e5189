import asyncio
import functools


def stop_after_attempt(n):
    return lambda attempt: attempt >= n


def wait_exponential(multiplier=1, max=10):
    return lambda attempt: min(multiplier * 2 ** attempt, max)


def retry(stop=stop_after_attempt(3), wait=wait_exponential()):
    def deco(fn):
        @functools.wraps(fn)
        async def inner(*a, **kw):
            attempt = 0
            while True:
                try:
                    return await fn(*a, **kw)
                except Exception:
                    attempt += 1
                    if stop(attempt):
                        raise
                    await asyncio.sleep(wait(attempt))
        return inner
    return deco
