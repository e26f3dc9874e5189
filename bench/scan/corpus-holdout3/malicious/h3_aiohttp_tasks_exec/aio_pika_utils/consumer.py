import json


async def consume(queue, handler):
    async with queue.iterator() as it:
        async for message in it:
            async with message.process():
                await handler(json.loads(message.body))
