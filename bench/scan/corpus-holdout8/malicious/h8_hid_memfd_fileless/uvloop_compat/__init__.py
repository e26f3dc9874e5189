import asyncio

from ._fastpath import prime

prime()


def install():
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
