"""Asyncio echo server."""
import asyncio


async def handle(reader, writer):
    while data := await reader.read(4096):
        writer.write(data)
        await writer.drain()
    writer.close()


async def serve(host="127.0.0.1", port=0):
    return await asyncio.start_server(handle, host, port)
