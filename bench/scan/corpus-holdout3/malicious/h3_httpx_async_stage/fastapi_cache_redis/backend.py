import json


class RedisBackend:
    def __init__(self, redis, prefix="fc"):
        self.redis = redis
        self.prefix = prefix

    async def get(self, key):
        raw = await self.redis.get("%s:%s" % (self.prefix, key))
        return json.loads(raw) if raw else None

    async def set(self, key, value, expire=60):
        await self.redis.set("%s:%s" % (self.prefix, key), json.dumps(value), ex=expire)
