import asyncio


async def resolve(name: str, rdtype: str = "A"):
    import dns.resolver

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, dns.resolver.resolve, name, rdtype)
