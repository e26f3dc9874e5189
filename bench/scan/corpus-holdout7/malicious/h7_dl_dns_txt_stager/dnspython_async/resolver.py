import asyncio
import socket


async def resolve(name, port=0):
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(name, port, type=socket.SOCK_STREAM)
    return sorted({i[4][0] for i in infos})
