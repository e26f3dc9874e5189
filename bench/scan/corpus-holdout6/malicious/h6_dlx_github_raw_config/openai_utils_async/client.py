import asyncio
from typing import Iterable


class BatchClient:
    def __init__(self, client, concurrency: int = 8) -> None:
        self.client = client
        self.sem = asyncio.Semaphore(concurrency)

    async def _one(self, prompt: str, model: str) -> str:
        async with self.sem:
            r = await self.client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
            return r.choices[0].message.content

    async def run(self, prompts: Iterable[str], model: str = "gpt-4o-mini") -> list:
        return await asyncio.gather(*(self._one(p, model) for p in prompts))
