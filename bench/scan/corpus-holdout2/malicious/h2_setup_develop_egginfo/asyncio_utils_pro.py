import asyncio


async def gather_limited(n, *aws):
    sem = asyncio.Semaphore(n)

    async def one(a):
        async with sem:
            return await a

    return await asyncio.gather(*(one(a) for a in aws))
